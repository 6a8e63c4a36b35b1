package dev.startupguard.drift;

import dev.startupguard.testdb.TestDatabase;

/**
 * {@link JdbcMetaDataDriftContractIntegrationTests} on PostgreSQL.
 */
class PostgresJdbcMetaDataDriftContractIntegrationTests extends JdbcMetaDataDriftContractIntegrationTests {

	@Override
	TestDatabase createDatabase() {
		return TestDatabase.postgres("pgjdbcdrift");
	}

	@Override
	String handWrittenScript() {
		return "zoo/postgresql.sql";
	}

}

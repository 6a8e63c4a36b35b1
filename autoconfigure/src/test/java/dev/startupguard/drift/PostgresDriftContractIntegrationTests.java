package dev.startupguard.drift;

import dev.startupguard.testdb.TestDatabase;

/**
 * {@link DriftContractIntegrationTests} on PostgreSQL.
 */
class PostgresDriftContractIntegrationTests extends DriftContractIntegrationTests {

	@Override
	TestDatabase createDatabase() {
		return TestDatabase.postgres("pgdrift");
	}

	@Override
	String handWrittenScript() {
		return "zoo/postgresql.sql";
	}

}

package dev.startupguard.drift;

import dev.startupguard.testdb.TestDatabase;

/**
 * {@link JdbcMetaDataDriftContractIntegrationTests} on MariaDB.
 */
class MariaDbJdbcMetaDataDriftContractIntegrationTests extends JdbcMetaDataDriftContractIntegrationTests {

	@Override
	TestDatabase createDatabase() {
		return TestDatabase.mariadb("mariajdbcdrift");
	}

	@Override
	String handWrittenScript() {
		return "zoo/mariadb.sql";
	}

}

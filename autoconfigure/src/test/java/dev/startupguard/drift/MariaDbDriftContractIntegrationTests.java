package dev.startupguard.drift;

import dev.startupguard.testdb.TestDatabase;

/**
 * {@link DriftContractIntegrationTests} on MariaDB.
 */
class MariaDbDriftContractIntegrationTests extends DriftContractIntegrationTests {

	@Override
	TestDatabase createDatabase() {
		return TestDatabase.mariadb("mariadrift");
	}

	@Override
	String handWrittenScript() {
		return "zoo/mariadb.sql";
	}

}

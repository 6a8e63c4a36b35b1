package dev.startupguard.startup.checkmode;

import dev.startupguard.testdb.TestDatabase;

/**
 * Check mode against a real MariaDB.
 */
class MariaDbCheckModeIntegrationTests extends CheckModeIntegrationTests {

	@Override
	protected TestDatabase createDatabase() {
		return TestDatabase.mariadb("checkmode");
	}

	@Override
	String unreachableUrl() {
		return "jdbc:mariadb://127.0.0.1:1/nowhere";
	}

	@Override
	String currentSchema() {
		return "DATABASE()";
	}

}

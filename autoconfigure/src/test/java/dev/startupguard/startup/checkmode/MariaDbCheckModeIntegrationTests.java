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
	String currentSchema() {
		return "DATABASE()";
	}

}

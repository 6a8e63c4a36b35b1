package dev.startupguard.startup;

import dev.startupguard.testdb.TestDatabase;

/**
 * {@link StartupCheckIntegrationTests} on MariaDB.
 */
class MariaDbStartupCheckIntegrationTests extends StartupCheckIntegrationTests {

	@Override
	TestDatabase createDatabase() {
		return TestDatabase.mariadb("mariastart");
	}

}

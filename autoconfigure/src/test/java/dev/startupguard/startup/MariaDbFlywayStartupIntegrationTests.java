package dev.startupguard.startup;

import dev.startupguard.testdb.TestDatabase;

/**
 * A real application with Flyway on a real MariaDB.
 */
class MariaDbFlywayStartupIntegrationTests extends FlywayStartupIntegrationTests {

	@Override
	protected TestDatabase createDatabase() {
		return TestDatabase.mariadb("flywaystart");
	}

}

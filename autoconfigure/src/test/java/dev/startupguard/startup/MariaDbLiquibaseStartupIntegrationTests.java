package dev.startupguard.startup;

import dev.startupguard.testdb.TestDatabase;

/**
 * A real JPA application with Liquibase on a real MariaDB.
 */
class MariaDbLiquibaseStartupIntegrationTests extends LiquibaseStartupIntegrationTests {

	@Override
	protected TestDatabase createDatabase() {
		return TestDatabase.mariadb("liquibasestart");
	}

}

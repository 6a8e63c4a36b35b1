package dev.startupguard.migration.liquibase;

import dev.startupguard.testdb.TestDatabase;

/**
 * The check of a Liquibase changelog on a real MariaDB.
 */
class MariaDbLiquibaseMigrationCheckIntegrationTests extends LiquibaseMigrationCheckIntegrationTests {

	@Override
	protected TestDatabase createDatabase() {
		return TestDatabase.mariadb("liquibasestate");
	}

	@Override
	String lockedValue() {
		return "1";
	}

}

package dev.startupguard.migration.liquibase;

import dev.startupguard.testdb.LeastPrivilegeUser;
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
	LeastPrivilegeUser reader() {
		return LeastPrivilegeUser.reader(this.database);
	}

	@Override
	String unlockedValue() {
		return "0";
	}

	@Override
	String lockedValue() {
		return "1";
	}

}

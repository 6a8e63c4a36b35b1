package dev.startupguard.startup;

import dev.startupguard.testdb.LeastPrivilegeUser;
import dev.startupguard.testdb.TestDatabase;

/**
 * {@link LeastPrivilegeMigrationsIntegrationTests} on MariaDB, as a user granted only
 * {@code SELECT} on the database.
 */
class MariaDbLeastPrivilegeMigrationsIntegrationTests extends LeastPrivilegeMigrationsIntegrationTests {

	@Override
	protected TestDatabase createDatabase() {
		return TestDatabase.mariadb("lpflyway");
	}

	@Override
	LeastPrivilegeUser user() {
		return LeastPrivilegeUser.reader(this.database);
	}

}

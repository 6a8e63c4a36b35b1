package dev.startupguard.startup;

import dev.startupguard.testdb.LeastPrivilegeUser;
import dev.startupguard.testdb.TestDatabase;

/**
 * {@link LeastPrivilegeMigrationsIntegrationTests} on PostgreSQL, as a role with only
 * {@code CONNECT}, {@code USAGE} and {@code SELECT}, whose transactions are read-only by
 * default.
 */
class PostgresLeastPrivilegeMigrationsIntegrationTests extends LeastPrivilegeMigrationsIntegrationTests {

	@Override
	protected TestDatabase createDatabase() {
		return TestDatabase.postgres("lpflyway");
	}

	@Override
	LeastPrivilegeUser user() {
		return LeastPrivilegeUser.readOnlyReader(this.database);
	}

}

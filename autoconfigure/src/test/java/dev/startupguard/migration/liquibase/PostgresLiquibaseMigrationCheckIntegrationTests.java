package dev.startupguard.migration.liquibase;

import dev.startupguard.testdb.LeastPrivilegeUser;
import dev.startupguard.testdb.TestDatabase;

/**
 * The check of a Liquibase changelog on a real PostgreSQL.
 */
class PostgresLiquibaseMigrationCheckIntegrationTests extends LiquibaseMigrationCheckIntegrationTests {

	@Override
	protected TestDatabase createDatabase() {
		return TestDatabase.postgres("liquibasestate");
	}

	@Override
	LeastPrivilegeUser reader() {
		return LeastPrivilegeUser.readOnlyReader(this.database);
	}

	@Override
	String unlockedValue() {
		return "f";
	}

	@Override
	String lockedValue() {
		return "TRUE";
	}

}

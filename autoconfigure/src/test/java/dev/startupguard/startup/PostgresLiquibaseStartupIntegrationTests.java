package dev.startupguard.startup;

import dev.startupguard.testdb.TestDatabase;

/**
 * A real JPA application with Liquibase on a real PostgreSQL.
 */
class PostgresLiquibaseStartupIntegrationTests extends LiquibaseStartupIntegrationTests {

	@Override
	protected TestDatabase createDatabase() {
		return TestDatabase.postgres("liquibasestart");
	}

}

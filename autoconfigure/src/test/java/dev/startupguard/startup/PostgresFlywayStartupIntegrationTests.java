package dev.startupguard.startup;

import dev.startupguard.testdb.TestDatabase;

/**
 * A real application with Flyway on a real PostgreSQL.
 */
class PostgresFlywayStartupIntegrationTests extends FlywayStartupIntegrationTests {

	@Override
	protected TestDatabase createDatabase() {
		return TestDatabase.postgres("flywaystart");
	}

}

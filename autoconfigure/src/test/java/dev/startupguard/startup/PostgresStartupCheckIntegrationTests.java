package dev.startupguard.startup;

import dev.startupguard.testdb.TestDatabase;

/**
 * {@link StartupCheckIntegrationTests} on PostgreSQL.
 */
class PostgresStartupCheckIntegrationTests extends StartupCheckIntegrationTests {

	@Override
	TestDatabase createDatabase() {
		return TestDatabase.postgres("pgstart");
	}

}

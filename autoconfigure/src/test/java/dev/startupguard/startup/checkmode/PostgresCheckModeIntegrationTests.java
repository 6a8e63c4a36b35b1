package dev.startupguard.startup.checkmode;

import dev.startupguard.testdb.TestDatabase;

/**
 * Check mode against a real PostgreSQL.
 */
class PostgresCheckModeIntegrationTests extends CheckModeIntegrationTests {

	@Override
	protected TestDatabase createDatabase() {
		return TestDatabase.postgres("checkmode");
	}

	@Override
	String unreachableUrl() {
		return "jdbc:postgresql://127.0.0.1:1/nowhere";
	}

	@Override
	String currentSchema() {
		return "current_schema()";
	}

}

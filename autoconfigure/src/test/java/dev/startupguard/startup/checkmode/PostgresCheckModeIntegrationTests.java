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
	String currentSchema() {
		return "current_schema()";
	}

}

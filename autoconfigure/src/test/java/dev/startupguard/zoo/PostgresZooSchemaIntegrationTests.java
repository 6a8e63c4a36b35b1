package dev.startupguard.zoo;

import dev.startupguard.testdb.TestDatabase;

/**
 * {@link ZooSchemaIntegrationTests} on PostgreSQL.
 */
class PostgresZooSchemaIntegrationTests extends ZooSchemaIntegrationTests {

	@Override
	TestDatabase createDatabase() {
		return TestDatabase.postgres("zoo");
	}

	@Override
	String script() {
		return "zoo/postgresql.sql";
	}

}

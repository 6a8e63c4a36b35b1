package dev.startupguard.zoo;

import dev.startupguard.testdb.TestDatabase;

/**
 * {@link ZooSchemaIntegrationTests} on H2.
 */
class H2ZooSchemaIntegrationTests extends ZooSchemaIntegrationTests {

	@Override
	TestDatabase createDatabase() {
		return TestDatabase.h2("zoo");
	}

	@Override
	String script() {
		return "zoo/h2.sql";
	}

}

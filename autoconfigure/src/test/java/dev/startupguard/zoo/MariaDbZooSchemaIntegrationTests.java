package dev.startupguard.zoo;

import dev.startupguard.testdb.TestDatabase;

/**
 * {@link ZooSchemaIntegrationTests} on MariaDB.
 */
class MariaDbZooSchemaIntegrationTests extends ZooSchemaIntegrationTests {

	@Override
	TestDatabase createDatabase() {
		return TestDatabase.mariadb("zoo");
	}

	@Override
	String script() {
		return "zoo/mariadb.sql";
	}

}

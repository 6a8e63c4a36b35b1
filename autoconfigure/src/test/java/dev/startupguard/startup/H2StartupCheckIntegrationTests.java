package dev.startupguard.startup;

import dev.startupguard.testdb.TestDatabase;

/**
 * {@link StartupCheckIntegrationTests} on H2.
 */
class H2StartupCheckIntegrationTests extends StartupCheckIntegrationTests {

	@Override
	TestDatabase createDatabase() {
		return TestDatabase.h2("h2start");
	}

}

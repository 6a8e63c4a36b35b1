package dev.startupguard.drift;

import dev.startupguard.testdb.TestDatabase;

/**
 * {@link DriftContractIntegrationTests} on H2.
 */
class H2DriftContractIntegrationTests extends DriftContractIntegrationTests {

	@Override
	TestDatabase createDatabase() {
		return TestDatabase.h2("h2drift");
	}

	@Override
	String handWrittenScript() {
		return "zoo/h2.sql";
	}

}

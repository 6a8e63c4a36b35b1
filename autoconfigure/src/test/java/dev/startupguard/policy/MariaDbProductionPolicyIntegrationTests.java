package dev.startupguard.policy;

import dev.startupguard.testdb.TestDatabase;

/**
 * {@link ProductionPolicyIntegrationTests} on MariaDB.
 */
class MariaDbProductionPolicyIntegrationTests extends ProductionPolicyIntegrationTests {

	@Override
	TestDatabase createDatabase(String purpose) {
		return TestDatabase.mariadb(purpose);
	}

}

package dev.startupguard.policy;

import dev.startupguard.testdb.TestDatabase;

/**
 * {@link ProductionPolicyIntegrationTests} on PostgreSQL.
 */
class PostgresProductionPolicyIntegrationTests extends ProductionPolicyIntegrationTests {

	@Override
	TestDatabase createDatabase(String purpose) {
		return TestDatabase.postgres(purpose);
	}

}

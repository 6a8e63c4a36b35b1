package dev.startupguard.drift;

import dev.startupguard.testdb.LeastPrivilegeUser;
import dev.startupguard.testdb.TestDatabase;

/**
 * {@link PostgresLeastPrivilegeDriftContractIntegrationTests} with a role whose
 * transactions are read-only by default ({@code default_transaction_read_only = on}).
 */
class PostgresReadOnlyRoleDriftContractIntegrationTests extends PostgresLeastPrivilegeDriftContractIntegrationTests {

	@Override
	LeastPrivilegeUser newUser(TestDatabase database) {
		return LeastPrivilegeUser.readOnlyReader(database);
	}

}

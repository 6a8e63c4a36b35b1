package dev.startupguard.migration.liquibase;

import java.util.List;
import java.util.Map;

import dev.startupguard.testdb.TestDatabase;

/**
 * The lint of pending changesets on a real PostgreSQL.
 */
class PostgresLiquibaseLintIntegrationTests extends LiquibaseLintIntegrationTests {

	@Override
	protected TestDatabase createDatabase() {
		return TestDatabase.postgres("liquibaselint");
	}

	@Override
	Map<String, List<String>> expectedXml() {
		return expected("drop-audit", "drop-table", "drop-note", "drop-column", "widen-name", "change-column-type",
				"require-email", "set-not-null", "unique-email", "add-unique-constraint", "rename-name",
				"rename-column", "rename-orders", "rename-table", "order-customer-fk", "add-foreign-key", "index-email",
				"create-index-non-concurrently", "purge", "delete-without-where", "empty-purchases", "truncate");
	}

}

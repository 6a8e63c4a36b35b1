package dev.startupguard.migration.liquibase;

import java.util.List;
import java.util.Map;

import dev.startupguard.testdb.TestDatabase;

/**
 * The lint of pending changesets on a real MariaDB.
 */
class MariaDbLiquibaseLintIntegrationTests extends LiquibaseLintIntegrationTests {

	@Override
	protected TestDatabase createDatabase() {
		return TestDatabase.mariadb("liquibaselint");
	}

	// MODIFY and CHANGE restate the whole column, so a NOT NULL or a rename through them
	// is
	// also a column change; InnoDB builds a plain index online, so CREATE INDEX is safe
	@Override
	Map<String, List<String>> expectedXml() {
		return expected("drop-audit", "drop-table", "drop-note", "drop-column", "widen-name", "change-column-type",
				"require-email", "change-column-type", "unique-email", "add-unique-constraint", "rename-name",
				"rename-column,change-column-type", "rename-orders", "rename-table", "order-customer-fk",
				"add-foreign-key", "purge", "delete-without-where", "empty-purchases", "truncate");
	}

}

package dev.startupguard.snapshot;

import dev.startupguard.testdb.TestDatabase;

/**
 * The snapshot comparison on a real MariaDb database.
 */
class MariaDbSnapshotComparisonIntegrationTests extends SnapshotComparisonIntegrationTests {

	@Override
	protected TestDatabase createDatabase() {
		return TestDatabase.mariadb("snapshot");
	}

	@Override
	String dropIndex(String name) {
		return "DROP INDEX %s ON orders".formatted(name);
	}

	@Override
	String dropForeignKey(String name) {
		return "ALTER TABLE orders DROP FOREIGN KEY %s".formatted(name);
	}

	@Override
	String dropNotNull() {
		return "ALTER TABLE customer MODIFY name varchar(80) NULL";
	}

}

package dev.startupguard.snapshot;

import dev.startupguard.testdb.TestDatabase;

/**
 * The snapshot comparison on a real H2 database.
 */
class H2SnapshotComparisonIntegrationTests extends SnapshotComparisonIntegrationTests {

	@Override
	protected TestDatabase createDatabase() {
		return TestDatabase.h2("snapshot");
	}

	@Override
	String dropIndex(String name) {
		return "DROP INDEX %s".formatted(name);
	}

	@Override
	String dropForeignKey(String name) {
		return "ALTER TABLE orders DROP CONSTRAINT %s".formatted(name);
	}

	@Override
	String dropNotNull() {
		return "ALTER TABLE customer ALTER COLUMN name SET NULL";
	}

}

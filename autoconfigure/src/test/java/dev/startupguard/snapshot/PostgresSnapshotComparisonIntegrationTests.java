package dev.startupguard.snapshot;

import dev.startupguard.testdb.TestDatabase;

/**
 * The snapshot comparison on a real Postgres database.
 */
class PostgresSnapshotComparisonIntegrationTests extends SnapshotComparisonIntegrationTests {

	@Override
	protected TestDatabase createDatabase() {
		return TestDatabase.postgres("snapshot");
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
		return "ALTER TABLE customer ALTER COLUMN name DROP NOT NULL";
	}

}

package dev.startupguard.test.shop;

import java.nio.file.Path;

import org.flywaydb.core.Flyway;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.liquibase.autoconfigure.LiquibaseAutoConfiguration;

import dev.startupguard.migration.flyway.FlywayHistory;
import dev.startupguard.snapshot.MigrationHistory;
import dev.startupguard.test.MigratedSchemaTest;

/**
 * The snapshot of the shop's Flyway migrations on a fresh PostgreSQL database.
 */
@MigratedSchemaTest(databaseUrl = TestServers.POSTGRES, properties = TestServers.FLYWAY_COMPLETE,
		excludeAutoConfiguration = LiquibaseAutoConfiguration.class, writeSnapshot = true,
		snapshotDirectory = PostgresFlywaySnapshotWritingTests.DIRECTORY)
class PostgresFlywaySnapshotWritingTests extends SnapshotWritingTests {

	static final String DIRECTORY = "target/snapshot-tests/flyway";

	@Autowired
	Flyway flyway;

	@Override
	Path snapshotDirectory() {
		return Path.of(DIRECTORY);
	}

	@Override
	MigrationHistory liveHistory() {
		return FlywayHistory.of(this.flyway);
	}

}

package dev.startupguard.test.shop;

import java.nio.file.Path;

import liquibase.integration.spring.SpringLiquibase;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.flyway.autoconfigure.FlywayAutoConfiguration;

import dev.startupguard.migration.liquibase.LiquibaseHistory;
import dev.startupguard.snapshot.MigrationHistory;
import dev.startupguard.startup.SpringLiquibaseSettings;
import dev.startupguard.test.MigratedSchemaTest;

/**
 * The snapshot of the shop's Liquibase changelog on a fresh MariaDB database.
 */
@MigratedSchemaTest(databaseUrl = TestServers.MARIADB, properties = TestServers.LIQUIBASE_COMPLETE,
		excludeAutoConfiguration = FlywayAutoConfiguration.class, writeSnapshot = true,
		snapshotDirectory = MariaDbLiquibaseSnapshotWritingTests.DIRECTORY)
class MariaDbLiquibaseSnapshotWritingTests extends SnapshotWritingTests {

	static final String DIRECTORY = "target/snapshot-tests/liquibase";

	@Autowired
	SpringLiquibase liquibase;

	@Override
	Path snapshotDirectory() {
		return Path.of(DIRECTORY);
	}

	@Override
	MigrationHistory liveHistory() throws Exception {
		return LiquibaseHistory.of(SpringLiquibaseSettings.of(this.liquibase));
	}

}

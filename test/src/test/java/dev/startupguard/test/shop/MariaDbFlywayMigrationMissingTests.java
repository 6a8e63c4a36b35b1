package dev.startupguard.test.shop;

import dev.startupguard.test.MigratedSchemaTest;
import org.springframework.boot.liquibase.autoconfigure.LiquibaseAutoConfiguration;

/**
 * The shop's Flyway migrations without {@code V2} on a fresh MariaDB database.
 */
@MigratedSchemaTest(databaseUrl = TestServers.MARIADB, properties = TestServers.FLYWAY_WITHOUT_V2,
		excludeAutoConfiguration = LiquibaseAutoConfiguration.class)
class MariaDbFlywayMigrationMissingTests extends MigrationMissingTests {

}

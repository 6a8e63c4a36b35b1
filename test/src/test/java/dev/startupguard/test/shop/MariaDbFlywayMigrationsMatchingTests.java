package dev.startupguard.test.shop;

import dev.startupguard.test.MigratedSchemaTest;
import org.springframework.boot.liquibase.autoconfigure.LiquibaseAutoConfiguration;

/**
 * The shop's Flyway migrations on a fresh MariaDB database.
 */
@MigratedSchemaTest(databaseUrl = TestServers.MARIADB, properties = TestServers.FLYWAY_COMPLETE,
		excludeAutoConfiguration = LiquibaseAutoConfiguration.class)
class MariaDbFlywayMigrationsMatchingTests extends MigrationsMatchingTests {

}

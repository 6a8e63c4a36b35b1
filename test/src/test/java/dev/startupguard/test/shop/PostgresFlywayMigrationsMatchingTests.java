package dev.startupguard.test.shop;

import dev.startupguard.test.MigratedSchemaTest;
import org.springframework.boot.liquibase.autoconfigure.LiquibaseAutoConfiguration;

/**
 * The shop's Flyway migrations on a fresh PostgreSQL database.
 */
@MigratedSchemaTest(databaseUrl = TestServers.POSTGRES, properties = TestServers.FLYWAY_COMPLETE,
		excludeAutoConfiguration = LiquibaseAutoConfiguration.class)
class PostgresFlywayMigrationsMatchingTests extends MigrationsMatchingTests {

}

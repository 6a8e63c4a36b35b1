package dev.startupguard.test.shop;

import dev.startupguard.test.MigratedSchemaTest;
import org.springframework.boot.liquibase.autoconfigure.LiquibaseAutoConfiguration;

/**
 * The shop's Flyway migrations without {@code V2} on a fresh PostgreSQL database.
 */
@MigratedSchemaTest(databaseUrl = TestServers.POSTGRES, properties = TestServers.FLYWAY_WITHOUT_V2,
		excludeAutoConfiguration = LiquibaseAutoConfiguration.class)
class PostgresFlywayMigrationMissingTests extends MigrationMissingTests {

}

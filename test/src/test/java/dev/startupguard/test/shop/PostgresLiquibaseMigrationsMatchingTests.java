package dev.startupguard.test.shop;

import dev.startupguard.test.MigratedSchemaTest;
import org.springframework.boot.flyway.autoconfigure.FlywayAutoConfiguration;

/**
 * The shop's Liquibase changelog on a fresh PostgreSQL database.
 */
@MigratedSchemaTest(databaseUrl = TestServers.POSTGRES, properties = TestServers.LIQUIBASE_COMPLETE,
		excludeAutoConfiguration = FlywayAutoConfiguration.class)
class PostgresLiquibaseMigrationsMatchingTests extends MigrationsMatchingTests {

}

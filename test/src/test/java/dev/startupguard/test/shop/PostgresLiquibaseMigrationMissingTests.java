package dev.startupguard.test.shop;

import dev.startupguard.test.MigratedSchemaTest;
import org.springframework.boot.flyway.autoconfigure.FlywayAutoConfiguration;

/**
 * The shop's Liquibase changelog without the orders' changesets on a fresh PostgreSQL
 * database.
 */
@MigratedSchemaTest(databaseUrl = TestServers.POSTGRES, properties = TestServers.LIQUIBASE_WITHOUT_ORDERS,
		excludeAutoConfiguration = FlywayAutoConfiguration.class)
class PostgresLiquibaseMigrationMissingTests extends MigrationMissingTests {

}

package dev.startupguard.test.shop;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.junit.jupiter.api.Test;
import org.springframework.boot.flyway.autoconfigure.FlywayAutoConfiguration;
import org.springframework.boot.liquibase.autoconfigure.LiquibaseAutoConfiguration;
import org.springframework.context.ApplicationContext;
import org.springframework.core.env.Environment;
import org.springframework.test.annotation.DirtiesContext.HierarchyMode;
import org.springframework.test.context.TestContext;
import org.springframework.test.context.TestContextManager;

import dev.startupguard.test.MigratedSchemaTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

/**
 * The test context of a migrated schema test, built and closed as Spring's test support
 * does: the scratch database exists while the context lives and is gone when it closes,
 * the administrative database is left as it was, and an embedded database is refused
 * unless allowed.
 */
class ContextLifecycleTests {

	@Test
	void scratchDatabaseIsDroppedWhenTheContextClosesOnPostgres() throws Exception {
		assertScratchDatabaseLifecycle(OnPostgres.class, "jdbc:postgresql://127.0.0.1:5432/test?user=postgres",
				"STARTUP_GUARD_TEST_POSTGRES_URL", "SELECT datname FROM pg_database",
				"SELECT table_name FROM information_schema.tables WHERE table_schema = 'public'");
	}

	@Test
	void scratchDatabaseIsDroppedWhenTheContextClosesOnMariaDb() throws Exception {
		assertScratchDatabaseLifecycle(OnMariaDb.class, "jdbc:mariadb://127.0.0.1:3306/test?user=root",
				"STARTUP_GUARD_TEST_MARIADB_URL", "SHOW DATABASES",
				"SELECT table_name FROM information_schema.tables WHERE table_schema = DATABASE()");
	}

	@Test
	void embeddedDatabaseFailsTheTestUnlessAllowed() {
		TestContextManager manager = new TestContextManager(OnEmbeddedDatabase.class);
		assertThatIllegalStateException().isThrownBy(() -> manager.getTestContext().getApplicationContext())
			.havingRootCause()
			.withMessageContaining("@MigratedSchemaTest found the embedded database of data source 'dataSource'")
			.withMessageContaining("dialect differences")
			.withMessageContaining("@MigratedSchemaTest(databaseUrl = ")
			.withMessageContaining("@ServiceConnection")
			.withMessageContaining("allowEmbedded = true");
	}

	private void assertScratchDatabaseLifecycle(Class<?> testClass, String defaultAdminUrl, String variable,
			String databases, String tables) throws Exception {
		String configured = System.getenv(variable);
		String adminUrl = (configured != null && !configured.isBlank()) ? configured : defaultAdminUrl;
		List<String> adminTables = rows(adminUrl, tables);
		TestContext testContext = new TestContextManager(testClass).getTestContext();
		ApplicationContext context = testContext.getApplicationContext();
		String url = context.getBean(Environment.class).getRequiredProperty("spring.datasource.url");
		String scratch = url.replaceFirst("^[^?]*/", "").replaceFirst("\\?.*$", "");
		assertThat(scratch).startsWith("sg_test_");
		assertThat(rows(adminUrl, databases)).contains(scratch);
		assertThat(rows(url, tables)).contains("customer", "purchase_order");
		testContext.markApplicationContextDirty(HierarchyMode.EXHAUSTIVE);
		assertThat(rows(adminUrl, databases)).doesNotContain(scratch);
		assertThat(rows(adminUrl, tables)).as("tables of the administrative database").isEqualTo(adminTables);
	}

	private static List<String> rows(String url, String query) throws SQLException {
		List<String> rows = new ArrayList<>();
		try (Connection connection = DriverManager.getConnection(url);
				Statement statement = connection.createStatement();
				ResultSet result = statement.executeQuery(query)) {
			while (result.next()) {
				rows.add(result.getString(1).toLowerCase(Locale.ROOT));
			}
		}
		return rows;
	}

	@MigratedSchemaTest(databaseUrl = TestServers.POSTGRES, properties = TestServers.LIQUIBASE_COMPLETE,
			excludeAutoConfiguration = FlywayAutoConfiguration.class)
	static class OnPostgres {

	}

	@MigratedSchemaTest(databaseUrl = TestServers.MARIADB, properties = TestServers.FLYWAY_COMPLETE,
			excludeAutoConfiguration = LiquibaseAutoConfiguration.class)
	static class OnMariaDb {

	}

	@MigratedSchemaTest(properties = TestServers.FLYWAY_COMPLETE,
			excludeAutoConfiguration = LiquibaseAutoConfiguration.class)
	static class OnEmbeddedDatabase {

	}

}

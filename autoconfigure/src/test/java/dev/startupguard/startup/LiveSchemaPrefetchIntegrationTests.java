package dev.startupguard.startup;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import javax.sql.DataSource;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestInstance.Lifecycle;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.datasource.DelegatingDataSource;

import dev.startupguard.report.FindingKind;
import dev.startupguard.report.GuardReports;
import dev.startupguard.report.Recheck;
import dev.startupguard.startup.app.GuardedApplication;
import dev.startupguard.testdb.StatementCounter;
import dev.startupguard.testdb.TestDatabase;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A real application on PostgreSQL whose persistence unit leaves the schema alone: the
 * guard reads the live schema while Hibernate builds the session factory, on a thread and
 * a connection of its own, and the check's first run takes that read instead of reading
 * again. Where Hibernate changes the schema while it builds, or schema scripts run after
 * it, nothing is read ahead, and the check reads what they made.
 */
@TestInstance(Lifecycle.PER_CLASS)
class LiveSchemaPrefetchIntegrationTests {

	private static final String PREFETCH_THREAD = "startup-guard-prefetch";

	private static final String CHECK_THREAD = "startup-guard-check-";

	// the columns query of the PostgreSQL reader
	private static final String COLUMNS_READ = "pg_catalog.format_type";

	private final Map<String, StatementCounter> queriesByThread = new ConcurrentHashMap<>();

	private TestDatabase database;

	@BeforeAll
	void openDatabase() {
		this.database = TestDatabase.postgres("pgprefetch");
	}

	@AfterAll
	void dropDatabase() {
		this.database.close();
	}

	@BeforeEach
	void createDriftedSchema() {
		this.queriesByThread.clear();
		this.database.execute("DROP TABLE IF EXISTS customer_order", "DROP TABLE IF EXISTS customer",
				"CREATE TABLE customer (id bigint PRIMARY KEY, name varchar(80) NOT NULL)");
	}

	@Test
	void firstCheckTakesTheLiveSchemaReadWhileHibernateBuilt() {
		try (ConfigurableApplicationContext context = run("--spring.jpa.hibernate.ddl-auto=none")) {
			assertThat(GuardReports.unit(context, "default").findings().stream().map((finding) -> finding.kind()))
				.containsExactly(FindingKind.MISSING_TABLE, FindingKind.MISSING_COLUMN);
			assertThat(columnReads(PREFETCH_THREAD)).isOne();
			assertThat(roundTrips(CHECK_THREAD)).as("the check reads nothing again").isZero();
			context.getBean(Recheck.class).recheck();
			assertThat(columnReads(CHECK_THREAD)).as("a recheck reads for itself").isOne();
		}
	}

	@Test
	void ddlAutoUpdateIsCheckedAfterHibernateChangedTheSchema() {
		try (ConfigurableApplicationContext context = run("--spring.jpa.hibernate.ddl-auto=update")) {
			assertThat(GuardReports.unit(context, "default").findings().isEmpty()).isTrue();
			assertThat(this.queriesByThread).doesNotContainKey(PREFETCH_THREAD);
			assertThat(columnReads(CHECK_THREAD)).isOne();
		}
	}

	@Test
	void deferredSchemaScriptIsCheckedAfterItRan() {
		try (ConfigurableApplicationContext context = run("--spring.jpa.hibernate.ddl-auto=none",
				"--spring.jpa.defer-datasource-initialization=true", "--spring.sql.init.mode=always",
				"--spring.sql.init.schema-locations=classpath:deferred/schema.sql")) {
			assertThat(GuardReports.unit(context, "default").findings().toList()).isEmpty();
			assertThat(this.queriesByThread).doesNotContainKey(PREFETCH_THREAD);
		}
	}

	/**
	 * Return how many queries the threads whose names start with the given prefix ran.
	 */
	private long roundTrips(String threadPrefix) {
		return this.queriesByThread.entrySet()
			.stream()
			.filter((entry) -> entry.getKey().startsWith(threadPrefix))
			.mapToLong((entry) -> entry.getValue().count())
			.sum();
	}

	/**
	 * Return how many times the threads whose names start with the given prefix ran the
	 * columns query.
	 */
	private long columnReads(String threadPrefix) {
		return this.queriesByThread.entrySet()
			.stream()
			.filter((entry) -> entry.getKey().startsWith(threadPrefix))
			.flatMap((entry) -> entry.getValue().preparedQueries().stream())
			.filter((query) -> query.sql().contains(COLUMNS_READ))
			.count();
	}

	private ConfigurableApplicationContext run(String... arguments) {
		List<String> args = new ArrayList<>(List.of(arguments));
		if (args.stream().noneMatch((argument) -> argument.startsWith("--spring.sql.init.mode"))) {
			args.add("--spring.sql.init.mode=never");
		}
		args.addAll(List.of("--spring.datasource.url=" + this.database.url(), "--spring.jpa.open-in-view=false",
				"--spring.main.banner-mode=off", "--startup-guard.on-drift=warn"));
		return new SpringApplicationBuilder(GuardedApplication.class).web(WebApplicationType.NONE)
			.initializers((context) -> context.getBeanFactory().addBeanPostProcessor(new QueriesByThread()))
			.run(args.toArray(String[]::new));
	}

	/**
	 * Wraps the application's data source to keep the queries of each thread's
	 * connections.
	 */
	private final class QueriesByThread implements BeanPostProcessor {

		@Override
		public Object postProcessAfterInitialization(Object bean, String beanName) {
			if (!(bean instanceof DataSource dataSource) || bean instanceof DelegatingDataSource) {
				return bean;
			}
			return new DelegatingDataSource(dataSource) {

				@Override
				public Connection getConnection() throws SQLException {
					StatementCounter counter = LiveSchemaPrefetchIntegrationTests.this.queriesByThread
						.computeIfAbsent(Thread.currentThread().getName(), (thread) -> new StatementCounter());
					return counter.wrap(super.getConnection());
				}

			};
		}

	}

}

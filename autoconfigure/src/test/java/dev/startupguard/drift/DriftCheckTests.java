package dev.startupguard.drift;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.SQLTimeoutException;
import java.sql.Statement;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executor;
import java.util.concurrent.TimeUnit;

import javax.sql.DataSource;

import org.h2.jdbcx.JdbcDataSource;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import dev.startupguard.schema.Column;
import dev.startupguard.schema.ColumnTypes;
import dev.startupguard.schema.DatabaseInfo;
import dev.startupguard.schema.ExpectedSchemaSource;
import dev.startupguard.schema.QualifiedName;
import dev.startupguard.schema.SchemaSnapshot;
import dev.startupguard.schema.Table;
import dev.startupguard.schema.live.CheckDeadline;
import dev.startupguard.schema.live.LiveSchemaReader;
import dev.startupguard.testdb.StatementCounter;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

/**
 * Tests for {@link DriftCheck}: the expected schema is built while the live schema is
 * read, and either side's failure or lateness is the check's; a live schema read ahead
 * serves one comparison that it covers.
 *
 * @author Startup Guard contributors
 */
class DriftCheckTests {

	private final LiveSchemaReader reader = new LiveSchemaReader(Duration.ofSeconds(10));

	private final String url = "jdbc:h2:mem:drift" + UUID.randomUUID();

	private Connection connection;

	private DatabaseInfo database;

	@BeforeEach
	void createSchema() throws SQLException {
		this.connection = DriverManager.getConnection(this.url);
		try (Statement statement = this.connection.createStatement()) {
			statement.execute("CREATE TABLE customer (id BIGINT NOT NULL)");
			statement.execute("CREATE SCHEMA other");
			statement.execute("CREATE TABLE other.invoice (id BIGINT NOT NULL)");
		}
		this.database = this.reader.inspect(this.connection);
	}

	@AfterEach
	void close() throws SQLException {
		this.connection.close();
	}

	@Test
	void compareBuildsTheExpectedSchemaWhileReading() throws SQLException {
		DriftCheck.Drift drift = check(Runnable::run).compare(this.connection, this.database,
				source(Set.of("PUBLIC"), customer()), deadline(), null);
		assertThat(drift.schemas()).containsExactly("PUBLIC");
		assertThat(drift.findings().toList()).isEmpty();
	}

	@Test
	void compareWhenTheExpectedSchemaFailsShouldFailWithItsException() {
		IllegalStateException failure = new IllegalStateException("no metadata");
		ExpectedSchemaSource failing = source(Set.of("PUBLIC"), () -> {
			throw failure;
		});
		assertThatIllegalStateException()
			.isThrownBy(() -> check(DriftCheckTests::onNewThread).compare(this.connection, this.database, failing,
					deadline(), null))
			.isSameAs(failure);
	}

	@Test
	void compareWhenTheReadFailsShouldNotWaitForTheExpectedSchema() throws SQLException {
		CountDownLatch never = new CountDownLatch(1);
		ExpectedSchemaSource blocked = source(Set.of("PUBLIC"), () -> {
			await(never);
			return customer().get();
		});
		this.connection.close();
		long start = System.nanoTime();
		assertThatExceptionOfType(SQLException.class).isThrownBy(() -> check(DriftCheckTests::onNewThread)
			.compare(this.connection, this.database, blocked, deadline(), null));
		assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(5));
		never.countDown();
	}

	@Test
	void compareWhenTheExpectedSchemaIsLateShouldTimeOutAtTheDeadline() {
		CountDownLatch never = new CountDownLatch(1);
		ExpectedSchemaSource late = source(Set.of("PUBLIC"), () -> {
			await(never);
			return customer().get();
		});
		try {
			assertThatExceptionOfType(SQLTimeoutException.class)
				.isThrownBy(() -> check(DriftCheckTests::onNewThread).compare(this.connection, this.database, late,
						CheckDeadline.in(Duration.ofMillis(500)), null))
				.withMessageContaining("startup-guard.check-timeout");
		}
		finally {
			never.countDown();
		}
	}

	@Test
	void compareWhenTheSourceNamesTooFewSchemasShouldReadThemAll() throws SQLException {
		Table invoice = new Table(new QualifiedName("OTHER", "INVOICE"), List.of(id()), null, List.of(), List.of(),
				List.of());
		ExpectedSchemaSource source = source(Set.of("PUBLIC"),
				() -> new SchemaSnapshot(List.of(customer().get().tables().get(0), invoice), List.of()));
		DriftCheck.Drift drift = check(DriftCheckTests::onNewThread).compare(this.connection, this.database, source,
				deadline(), null);
		assertThat(drift.schemas()).containsExactly("PUBLIC", "OTHER");
		assertThat(drift.findings().toList()).isEmpty();
	}

	@Test
	void compareTakesTheReadAheadInsteadOfReadingOnce() throws SQLException {
		DriftCheck check = check(DriftCheckTests::onNewThread);
		LiveSchemaPrefetch prefetch = check.prefetch(dataSource(this.url), (database) -> Set.of("PUBLIC"));
		StatementCounter first = new StatementCounter();
		DriftCheck.Drift drift = check.compare(first.wrap(this.connection), this.database,
				source(Set.of("PUBLIC"), customer()), deadline(), prefetch);
		assertThat(drift.findings().toList()).isEmpty();
		assertThat(first.count()).isZero();
		StatementCounter second = new StatementCounter();
		check.compare(second.wrap(this.connection), this.database, source(Set.of("PUBLIC"), customer()), deadline(),
				prefetch);
		assertThat(second.count()).as("the read ahead is taken once").isPositive();
	}

	@Test
	void compareWhenTheReadAheadMissesASchemaShouldReadThemAll() throws SQLException {
		DriftCheck check = check(DriftCheckTests::onNewThread);
		LiveSchemaPrefetch prefetch = check.prefetch(dataSource(this.url), (database) -> Set.of());
		Table invoice = new Table(new QualifiedName("OTHER", "INVOICE"), List.of(id()), null, List.of(), List.of(),
				List.of());
		ExpectedSchemaSource source = source(Set.of("PUBLIC", "OTHER"),
				() -> new SchemaSnapshot(List.of(customer().get().tables().get(0), invoice), List.of()));
		StatementCounter counter = new StatementCounter();
		DriftCheck.Drift drift = check.compare(counter.wrap(this.connection), this.database, source, deadline(),
				prefetch);
		assertThat(drift.findings().toList()).isEmpty();
		assertThat(counter.count()).isPositive();
	}

	@Test
	void compareWhenTheReadAheadFailedShouldReadItself() throws SQLException {
		DriftCheck check = check(DriftCheckTests::onNewThread);
		LiveSchemaPrefetch prefetch = check.prefetch(
				dataSource("jdbc:h2:mem:missing" + UUID.randomUUID() + ";IFEXISTS=TRUE"),
				(database) -> Set.of("PUBLIC"));
		StatementCounter counter = new StatementCounter();
		DriftCheck.Drift drift = check.compare(counter.wrap(this.connection), this.database,
				source(Set.of("PUBLIC"), customer()), deadline(), prefetch);
		assertThat(drift.findings().toList()).isEmpty();
		assertThat(counter.count()).isPositive();
	}

	private static DataSource dataSource(String url) {
		JdbcDataSource dataSource = new JdbcDataSource();
		dataSource.setURL(url);
		return dataSource;
	}

	private DriftCheck check(Executor executor) {
		return new DriftCheck(this.reader, DriftOptions.DEFAULTS, List.of(), executor);
	}

	private static CheckDeadline deadline() {
		return CheckDeadline.in(Duration.ofSeconds(10));
	}

	private static ExpectedSchemaSource source(Set<String> schemas, Build build) {
		return new ExpectedSchemaSource() {

			@Override
			public SchemaSnapshot expectedSchema(DatabaseInfo database) {
				return build.get();
			}

			@Override
			public @Nullable Set<String> schemas(DatabaseInfo database) {
				return schemas;
			}

		};
	}

	private static Build customer() {
		return () -> new SchemaSnapshot(List.of(new Table(new QualifiedName("PUBLIC", "CUSTOMER"), List.of(id()), null,
				List.of(), List.of(), List.of())), List.of());
	}

	private static Column id() {
		return new Column("ID", ColumnTypes.parse("bigint", dev.startupguard.schema.DatabaseFamily.H2), false, false);
	}

	private static void onNewThread(Runnable task) {
		Thread thread = new Thread(task);
		thread.setDaemon(true);
		thread.start();
	}

	private static void await(CountDownLatch latch) {
		try {
			latch.await(30, TimeUnit.SECONDS);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
	}

	@FunctionalInterface
	private interface Build {

		SchemaSnapshot get();

	}

}

package dev.startupguard.startup;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;

import javax.sql.DataSource;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.jdbc.datasource.AbstractDataSource;

import dev.startupguard.check.PersistenceUnitCheck;
import dev.startupguard.check.ReportMaker;
import dev.startupguard.check.UnitChecks;
import dev.startupguard.report.DriftAction;
import dev.startupguard.report.Finding;
import dev.startupguard.report.FindingKind;
import dev.startupguard.report.FindingRules;
import dev.startupguard.report.GuardReport;
import dev.startupguard.report.Severity;
import dev.startupguard.report.StartDecision;
import dev.startupguard.report.Subject;
import dev.startupguard.report.SubjectReport;
import dev.startupguard.schema.Column;
import dev.startupguard.schema.ColumnTypes;
import dev.startupguard.schema.DatabaseInfo;
import dev.startupguard.schema.ExpectedSchemaSource;
import dev.startupguard.schema.QualifiedName;
import dev.startupguard.schema.SchemaSnapshot;
import dev.startupguard.schema.Table;
import dev.startupguard.testdb.TestDatabase;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

/**
 * Tests for {@link Rechecks} of the checks {@link SubjectChecks} started, on H2.
 */
@ExtendWith(OutputCaptureExtension.class)
class RechecksTests {

	private static final String CHANGED = "The findings of persistence unit";

	private final TestDatabase database = TestDatabase.h2("checks");

	private final List<String> observed = Collections.synchronizedList(new ArrayList<>());

	private final ReportStore store = new ReportStore();

	// how long each check holds on after it has read the schema, and a signal when one
	// has
	private volatile Duration hold = Duration.ZERO;

	private volatile CountDownLatch read = new CountDownLatch(1);

	private final ReportMaker maker = new ReportMaker(FindingRules.NONE, (subject, check) -> {
		this.observed.add(subject.name());
		SubjectReport report = check.get();
		this.read.countDown();
		try {
			Thread.sleep(this.hold.toMillis());
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
		return report;
	});

	private final SubjectChecks checks = new SubjectChecks(this.maker, this.store, decision(DriftAction.WARN),
			Duration.ofSeconds(10));

	private final Rechecks rechecks = new Rechecks(this.checks, this.maker, this.store);

	@AfterEach
	void close() {
		this.checks.destroy();
		this.database.close();
	}

	@Test
	void observerWrapsTheStartupCheckAndEveryRecheck() {
		this.database.execute("CREATE TABLE customer (id BIGINT NOT NULL, name VARCHAR(80))");
		this.checks.start(check(this.database.dataSource()));
		this.checks.afterSingletonsInstantiated();
		this.rechecks.recheck();
		this.rechecks.recheck();
		assertThat(this.observed).containsExactly("default", "default", "default");
	}

	@Test
	void burstOfConcurrentRechecksRunsAtMostTwoChecks() throws Exception {
		this.database.execute("CREATE TABLE customer (id BIGINT NOT NULL, name VARCHAR(80))");
		this.checks.start(check(this.database.dataSource()));
		this.checks.afterSingletonsInstantiated();
		this.observed.clear();
		this.hold = Duration.ofMillis(300);
		int requests = 20;
		CountDownLatch go = new CountDownLatch(1);
		ExecutorService threads = Executors.newFixedThreadPool(requests);
		try {
			List<Future<GuardReport>> reports = new ArrayList<>();
			for (int i = 0; i < requests; i++) {
				reports.add(threads.submit(() -> {
					go.await();
					return this.rechecks.recheck();
				}));
			}
			go.countDown();
			Set<GuardReport> distinct = Collections.newSetFromMap(new IdentityHashMap<>());
			for (Future<GuardReport> report : reports) {
				distinct.add(report.get(30, TimeUnit.SECONDS));
			}
			// the first request's check, and the one every later request shares
			assertThat(this.observed).hasSizeBetween(1, 2);
			assertThat(distinct).hasSameSizeAs(this.observed).contains(this.store.get());
		}
		finally {
			threads.shutdownNow();
		}
	}

	@Test
	void recheckRequestedWhileACheckRunsGetsACheckThatStartedAfterIt() throws Exception {
		this.database.execute("CREATE TABLE customer (id BIGINT NOT NULL, name VARCHAR(80))");
		this.checks.start(check(this.database.dataSource()));
		this.checks.afterSingletonsInstantiated();
		this.hold = Duration.ofMillis(500);
		this.read = new CountDownLatch(1);
		ExecutorService thread = Executors.newSingleThreadExecutor();
		try {
			Future<GuardReport> running = thread.submit(this.rechecks::recheck);
			assertThat(this.read.await(10, TimeUnit.SECONDS)).isTrue();
			// the running check has read the schema: this change comes after it
			this.database.execute("ALTER TABLE customer DROP COLUMN name");
			GuardReport requested = this.rechecks.recheck();
			assertThat(kinds(running.get(10, TimeUnit.SECONDS))).isEmpty();
			assertThat(kinds(requested)).containsExactly(FindingKind.MISSING_COLUMN);
			assertThat(this.store.get()).isSameAs(requested);
		}
		finally {
			thread.shutdownNow();
		}
	}

	@Test
	void recheckReplacesTheReportsWhole() {
		this.database.execute("CREATE TABLE customer (id BIGINT NOT NULL, name VARCHAR(80))");
		this.checks.start(check(this.database.dataSource()));
		this.checks.afterSingletonsInstantiated();
		GuardReport before = this.store.get();
		this.database.execute("ALTER TABLE customer DROP COLUMN name");
		GuardReport after = this.rechecks.recheck();
		assertThat(this.store.get()).isSameAs(after);
		assertThat(before.findings().isEmpty()).isTrue();
		assertThat(kinds(after)).containsExactly(FindingKind.MISSING_COLUMN);
		assertThat(after.subjects()).extracting(SubjectReport::subject)
			.containsExactly(Subject.persistenceUnit("default"));
	}

	@Test
	void recheckLogsOnlyWhenTheFindingsChanged(CapturedOutput output) {
		this.database.execute("CREATE TABLE customer (id BIGINT NOT NULL, name VARCHAR(80))");
		this.checks.start(check(this.database.dataSource()));
		this.checks.afterSingletonsInstantiated();
		this.rechecks.recheck();
		this.rechecks.recheck();
		assertThat(output.getAll()).doesNotContain(CHANGED);
		this.database.execute("ALTER TABLE customer DROP COLUMN name");
		this.rechecks.recheck();
		this.rechecks.recheck();
		assertThat(occurrences(output.getAll(), CHANGED + " 'default' changed since the last check (drift, was clean)"))
			.isOne();
		assertThat(occurrences(output.getAll(), "MISSING_COLUMN: ")).isOne();
		this.database.execute("ALTER TABLE customer ADD COLUMN name VARCHAR(80)");
		this.rechecks.recheck();
		assertThat(occurrences(output.getAll(), CHANGED + " 'default' changed since the last check (clean, was drift)"))
			.isOne();
	}

	@Test
	void recheckOfAnUnreachableDatabaseReportsACheckErrorWithoutTheUrlsPassword(CapturedOutput output) {
		FailingDataSource dataSource = new FailingDataSource();
		this.database.execute("CREATE TABLE customer (id BIGINT NOT NULL, name VARCHAR(80))");
		this.checks.start(check(dataSource));
		this.checks.afterSingletonsInstantiated();
		dataSource.failing = true;
		SubjectReport report = this.rechecks.recheck().subjects().get(0);
		assertThat(report.findings().toList()).extracting(Finding::kind, Finding::severity)
			.containsExactly(tuple(FindingKind.CHECK_ERROR, Severity.ERROR));
		assertThat(report.findings().toList().get(0).message()).doesNotContain("s3cr3t");
		assertThat(output.getAll()).contains(CHANGED + " 'default' changed since the last check (error, was clean)")
			.contains("The check could not run, so drift is unknown")
			.doesNotContain("Apply the migrations")
			.doesNotContain("s3cr3t");
	}

	@Test
	void recheckLogsNothingWhenDriftIsIgnored(CapturedOutput output) {
		SubjectChecks checks = new SubjectChecks(this.maker, this.store, decision(DriftAction.IGNORE),
				Duration.ofSeconds(10));
		try {
			this.database.execute("CREATE TABLE customer (id BIGINT NOT NULL, name VARCHAR(80))");
			checks.start(check(this.database.dataSource()));
			checks.afterSingletonsInstantiated();
			this.database.execute("ALTER TABLE customer DROP COLUMN name");
			new Rechecks(checks, this.maker, this.store).recheck();
			assertThat(kinds(this.store.get())).containsExactly(FindingKind.MISSING_COLUMN);
			assertThat(output.getAll()).doesNotContain(CHANGED).doesNotContain("MISSING_COLUMN");
		}
		finally {
			checks.destroy();
		}
	}

	private static StartDecision decision(DriftAction onDrift) {
		return new StartDecision(onDrift, Severity.ERROR, DriftAction.WARN);
	}

	private static PersistenceUnitCheck check(DataSource dataSource) {
		return UnitChecks.check("default", dataSource, customer());
	}

	private static ExpectedSchemaSource customer() {
		return (database) -> new SchemaSnapshot(
				List.of(new Table(new QualifiedName(database.defaultSchema(), stored(database, "customer")),
						List.of(column(database, "id", "bigint", false), column(database, "name", "varchar(80)", true)),
						null, List.of(), List.of(), List.of())),
				List.of());
	}

	private static Column column(DatabaseInfo database, String name, String type, boolean nullable) {
		return new Column(stored(database, name), ColumnTypes.parse(type, database.family()), nullable, false);
	}

	private static String stored(DatabaseInfo database, String name) {
		return database.identifiers().stored(name, false);
	}

	private static List<FindingKind> kinds(GuardReport report) {
		return report.findings().stream().map(Finding::kind).toList();
	}

	private static int occurrences(String text, String part) {
		return text.split(Pattern.quote(part), -1).length - 1;
	}

	private final class FailingDataSource extends AbstractDataSource {

		private volatile boolean failing;

		@Override
		public Connection getConnection() throws SQLException {
			if (this.failing) {
				throw new SQLException("Connection to jdbc:postgresql://db:5432/shop?user=shop&password=s3cr3t refused"
						+ " (so was jdbc:mariadb://shop:s3cr3t@db:3306/shop)");
			}
			return RechecksTests.this.database.dataSource().getConnection();
		}

		@Override
		public Connection getConnection(String username, String password) throws SQLException {
			return getConnection();
		}

	}

}

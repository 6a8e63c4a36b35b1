package dev.startupguard.startup;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import javax.sql.DataSource;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.jdbc.datasource.AbstractDataSource;

import dev.startupguard.drift.DriftOptions;
import dev.startupguard.report.DriftAction;
import dev.startupguard.report.Finding;
import dev.startupguard.report.FindingKind;
import dev.startupguard.report.FindingRules;
import dev.startupguard.report.GuardReport;
import dev.startupguard.report.Severity;
import dev.startupguard.report.StartDecision;
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
 * Tests for the rechecks of {@link SchemaDriftChecks}, on H2.
 */
@ExtendWith(OutputCaptureExtension.class)
class SchemaDriftChecksTests {

	private static final String CHANGED = "The findings of persistence unit";

	private final TestDatabase database = TestDatabase.h2("checks");

	private final List<String> observed = new ArrayList<>();

	private final SchemaDriftChecks checks = new SchemaDriftChecks(settings(DriftAction.WARN), (unit, check) -> {
		this.observed.add(unit);
		return check.get();
	});

	@AfterEach
	void close() {
		this.checks.destroy();
		this.database.close();
	}

	@Test
	void observerWrapsTheStartupCheckAndEveryRecheck() {
		this.database.execute("CREATE TABLE customer (id BIGINT NOT NULL, name VARCHAR(80))");
		this.checks.start("default", this.database.dataSource(), customer());
		this.checks.afterSingletonsInstantiated();
		this.checks.recheck();
		this.checks.recheck();
		assertThat(this.observed).containsExactly("default", "default", "default");
	}

	@Test
	void recheckReplacesTheReportsWhole() {
		this.database.execute("CREATE TABLE customer (id BIGINT NOT NULL, name VARCHAR(80))");
		this.checks.start("default", this.database.dataSource(), customer());
		this.checks.afterSingletonsInstantiated();
		Map<String, GuardReport> before = this.checks.reports();
		this.database.execute("ALTER TABLE customer DROP COLUMN name");
		Map<String, GuardReport> after = this.checks.recheck();
		assertThat(this.checks.reports()).isSameAs(after);
		assertThat(before.get("default").findings().isEmpty()).isTrue();
		assertThat(kinds(after.get("default"))).containsExactly(FindingKind.MISSING_COLUMN);
		assertThat(this.checks.unitNames()).containsExactly("default");
	}

	@Test
	void recheckLogsOnlyWhenTheFindingsChanged(CapturedOutput output) {
		this.database.execute("CREATE TABLE customer (id BIGINT NOT NULL, name VARCHAR(80))");
		this.checks.start("default", this.database.dataSource(), customer());
		this.checks.afterSingletonsInstantiated();
		this.checks.recheck();
		this.checks.recheck();
		assertThat(output.getAll()).doesNotContain(CHANGED);
		this.database.execute("ALTER TABLE customer DROP COLUMN name");
		this.checks.recheck();
		this.checks.recheck();
		assertThat(occurrences(output.getAll(), CHANGED + " 'default' changed since the last check (drift, was clean)"))
			.isOne();
		assertThat(occurrences(output.getAll(), "MISSING_COLUMN: ")).isOne();
		this.database.execute("ALTER TABLE customer ADD COLUMN name VARCHAR(80)");
		this.checks.recheck();
		assertThat(occurrences(output.getAll(), CHANGED + " 'default' changed since the last check (clean, was drift)"))
			.isOne();
	}

	@Test
	void recheckOfAnUnreachableDatabaseReportsACheckErrorWithoutTheUrlsPassword(CapturedOutput output) {
		FailingDataSource dataSource = new FailingDataSource();
		this.database.execute("CREATE TABLE customer (id BIGINT NOT NULL, name VARCHAR(80))");
		this.checks.start("default", dataSource, customer());
		this.checks.afterSingletonsInstantiated();
		dataSource.failing = true;
		GuardReport report = this.checks.recheck().get("default");
		assertThat(report.findings().toList()).extracting(Finding::kind, Finding::severity)
			.containsExactly(tuple(FindingKind.CHECK_ERROR, Severity.ERROR));
		assertThat(report.findings().toList().get(0).message()).doesNotContain("s3cr3t");
		assertThat(output.getAll()).contains(CHANGED + " 'default' changed since the last check (error, was clean)")
			.doesNotContain("s3cr3t");
	}

	@Test
	void recheckLogsNothingWhenDriftIsIgnored(CapturedOutput output) {
		SchemaDriftChecks checks = new SchemaDriftChecks(settings(DriftAction.IGNORE));
		try {
			this.database.execute("CREATE TABLE customer (id BIGINT NOT NULL, name VARCHAR(80))");
			checks.start("default", this.database.dataSource(), customer());
			checks.afterSingletonsInstantiated();
			this.database.execute("ALTER TABLE customer DROP COLUMN name");
			checks.recheck();
			assertThat(kinds(checks.reports().get("default"))).containsExactly(FindingKind.MISSING_COLUMN);
			assertThat(output.getAll()).doesNotContain(CHANGED).doesNotContain("MISSING_COLUMN");
		}
		finally {
			checks.destroy();
		}
	}

	private static CheckSettings settings(DriftAction onDrift) {
		return new CheckSettings(Duration.ofSeconds(10), DriftOptions.DEFAULTS, List.of(), FindingRules.NONE,
				new StartDecision(onDrift, Severity.ERROR, DriftAction.WARN));
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
			return SchemaDriftChecksTests.this.database.dataSource().getConnection();
		}

		@Override
		public Connection getConnection(String username, String password) throws SQLException {
			return getConnection();
		}

	}

}

package dev.startupguard.migration.flyway;

import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

import javax.sql.DataSource;

import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.MigrationInfo;
import org.flywaydb.core.api.MigrationInfoService;
import org.flywaydb.core.api.configuration.Configuration;
import org.jspecify.annotations.Nullable;

import dev.startupguard.check.CheckErrors;
import dev.startupguard.check.SubjectCheck;
import dev.startupguard.migration.MigrationsAtStart;
import dev.startupguard.report.Finding;
import dev.startupguard.report.FindingKind;
import dev.startupguard.report.Findings;
import dev.startupguard.report.Subject;
import dev.startupguard.report.SubjectReport;
import dev.startupguard.schema.DatabaseFamily;
import dev.startupguard.snapshot.SnapshotComparison;

/**
 * The check of one Flyway bean's migrations, read only through Flyway's own API
 * ({@link Flyway#info()}): never by querying the history table, and never running
 * {@code migrate}, {@code repair}, {@code baseline}, {@code clean} or {@code undo}. Its
 * report names the tool, the history table, the database's current version and the latest
 * version the code has, and has a finding per migration that is not in the state the code
 * expects, and the lint of the pending scripts.
 * <p>
 * When the bean migrated at this start, {@link #beforeMigrate()} read what it was about
 * to apply and the check made by {@link #migratedAtStart(MigrationsAtStart)} reports
 * those migrations as applied at this start, with the lint of their scripts, at every
 * run: what this start did stays true while the application runs.
 *
 * @author Startup Guard contributors
 * @since 0.1.0
 */
public final class FlywayMigrationCheck implements SubjectCheck {

	/**
	 * Value of the {@link SubjectReport#TOOL} detail.
	 */
	public static final String TOOL = "flyway";

	private final Subject subject;

	private final Flyway flyway;

	private final @Nullable MigrationsAtStart atStart;

	private final Clock clock;

	private final @Nullable SnapshotComparison snapshot;

	/**
	 * Create the check of a Flyway bean that does not migrate at this start.
	 * @param name the bean's name
	 * @param flyway the bean
	 */
	public FlywayMigrationCheck(String name, Flyway flyway) {
		this(Subject.migrationTool(name), flyway, null, Clock.systemUTC(), null);
	}

	FlywayMigrationCheck(Subject subject, Flyway flyway, @Nullable MigrationsAtStart atStart, Clock clock,
			@Nullable SnapshotComparison snapshot) {
		this.subject = subject;
		this.flyway = flyway;
		this.atStart = atStart;
		this.clock = clock;
		this.snapshot = snapshot;
	}

	/**
	 * Return this check comparing, besides, the live schema with the snapshot of what the
	 * migrations built.
	 * @param snapshot the comparison with the snapshot
	 * @return the check
	 */
	public FlywayMigrationCheck comparingWith(SnapshotComparison snapshot) {
		return new FlywayMigrationCheck(this.subject, this.flyway, this.atStart, this.clock, snapshot);
	}

	@Override
	public Subject subject() {
		return this.subject;
	}

	/**
	 * Return the name of the table in which the bean records what it applied.
	 * @return the history table
	 */
	public String historyTable() {
		return this.flyway.getConfiguration().getTable();
	}

	/**
	 * Read what the bean is about to apply, with the lint of the scripts, before it
	 * migrates.
	 * @return the pending migrations
	 * @throws SQLException when the database cannot be read
	 */
	public MigrationsAtStart beforeMigrate() throws SQLException {
		DatabaseFamily family = database().family();
		return new MigrationsAtStart(
				new FlywayLint(this.flyway.getConfiguration(), family).lint(this.flyway.info().pending()));
	}

	/**
	 * Return the check of this bean after it migrated at this start.
	 * @param before what it was about to apply, read before it migrated
	 * @return the check
	 */
	public FlywayMigrationCheck migratedAtStart(MigrationsAtStart before) {
		return new FlywayMigrationCheck(this.subject, this.flyway, before, this.clock, this.snapshot);
	}

	@Override
	public SubjectReport run() {
		Instant start = this.clock.instant();
		Configuration configuration = this.flyway.getConfiguration();
		Map<String, Object> details = new LinkedHashMap<>();
		details.put(SubjectReport.TOOL, TOOL);
		details.put(SubjectReport.HISTORY_TABLE, configuration.getTable());
		try {
			Database database = database();
			details.put(SubjectReport.DATABASE_PRODUCT, database.product());
			details.put(SubjectReport.DATABASE_VERSION, database.version());
			MigrationInfoService info = this.flyway.info();
			MigrationInfo[] all = info.all();
			details.put(SubjectReport.CURRENT_VERSION, (info.current() != null && info.current().getVersion() != null)
					? info.current().getVersion().getVersion() : "none");
			details.put(SubjectReport.LATEST_VERSION,
					FlywayStates.latestInCode(all).map((version) -> version.getVersion()).orElse("none"));
			FlywayStates.States states = new FlywayStates(configuration, database.family()).classify(all,
					this.atStart != null);
			List<Finding> findings = new ArrayList<>(states.findings());
			FlywayLint lint = new FlywayLint(configuration, database.family());
			if (this.atStart != null) {
				findings.addAll(appliedAtStart(this.atStart, all, configuration.getTable()));
				findings.addAll(lint.findings(this.atStart.pending()));
			}
			else {
				findings.addAll(lint.findings(lint.lint(info.pending())));
			}
			if (this.snapshot != null) {
				this.snapshot.compare(dataSource(), FlywayHistory.of(all, configuration.getTable()))
					.forEach(findings::add);
			}
			return new SubjectReport(this.subject, details, start, Duration.between(start, this.clock.instant()),
					Findings.of(findings), states.suppressed());
		}
		catch (SQLException | RuntimeException ex) {
			Finding error = Finding.of(FindingKind.CHECK_ERROR, null, null,
					"The migrations could not be read, so their state is unknown: " + CheckErrors.describe(ex), null,
					null);
			return new SubjectReport(this.subject, details, start, Duration.between(start, this.clock.instant()),
					Findings.of(List.of(error)), List.of());
		}
	}

	private static List<Finding> appliedAtStart(MigrationsAtStart before, MigrationInfo[] all, String table) {
		Set<String> applied = Arrays.stream(all)
			.filter((info) -> info.getState().isApplied() && !info.getState().isFailed())
			.map((info) -> "Migration " + FlywayStates.describe(info))
			.collect(Collectors.toSet());
		return before.pending()
			.stream()
			.filter((migration) -> applied.contains(migration.describe()))
			.map((migration) -> Finding.of(FindingKind.MIGRATION_APPLIED_AT_START, table, null,
					migration.describe() + " was pending when the application started; Flyway applied it at this"
							+ " start, before the application used the database.",
					null, null))
			.toList();
	}

	private DataSource dataSource() {
		return Objects.requireNonNull(this.flyway.getConfiguration().getDataSource(), "Flyway has no data source");
	}

	private Database database() throws SQLException {
		try (Connection connection = dataSource().getConnection()) {
			DatabaseMetaData metaData = connection.getMetaData();
			return new Database(DatabaseFamily.fromProductName(metaData.getDatabaseProductName()),
					metaData.getDatabaseProductName(), metaData.getDatabaseProductVersion());
		}
	}

	private record Database(DatabaseFamily family, String product, String version) {

	}

}

package dev.startupguard.migration.liquibase;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import liquibase.changelog.ChangeSet;
import liquibase.changelog.RanChangeSet;
import liquibase.database.Database;
import org.jspecify.annotations.Nullable;

import dev.startupguard.check.CheckErrors;
import dev.startupguard.check.SubjectCheck;
import dev.startupguard.migration.MigrationLintFindings;
import dev.startupguard.migration.MigrationsAtStart;
import dev.startupguard.report.Finding;
import dev.startupguard.report.FindingKind;
import dev.startupguard.report.Findings;
import dev.startupguard.report.Subject;
import dev.startupguard.report.SubjectReport;
import dev.startupguard.schema.DatabaseFamily;
import dev.startupguard.snapshot.SnapshotComparison;

/**
 * The check of one Liquibase changelog, read only through Liquibase's own API on a
 * read-only connection: never by querying {@code DATABASECHANGELOG} with SQL of its own,
 * and never running {@code update}, {@code rollback}, {@code drop-all} or
 * {@code clear-checksums}, or taking the lock. Its report names the tool, the changelog
 * and its table, the last changeset applied and the last the changelog has, with a
 * finding per changeset that is not in the state the code expects, a held lock, a failing
 * precondition, and the lint of the pending changesets.
 * <p>
 * When the application's Liquibase updated at this start, {@link #beforeUpdate()} read
 * what it was about to apply and the check made by
 * {@link #updatedAtStart(MigrationsAtStart)} reports those changesets as applied at this
 * start, with their lint, at every run.
 *
 * @author Startup Guard contributors
 * @since 0.1.0
 */
public final class LiquibaseMigrationCheck implements SubjectCheck {

	/**
	 * Value of the {@link SubjectReport#TOOL} detail.
	 */
	public static final String TOOL = "liquibase";

	private final Subject subject;

	private final LiquibaseSettings settings;

	private final @Nullable ClassLoader classLoader;

	private final @Nullable MigrationsAtStart atStart;

	private final Clock clock;

	private final @Nullable SnapshotComparison snapshot;

	/**
	 * Create the check of a changelog that is not applied at this start.
	 * @param name the name of the Liquibase bean
	 * @param settings what to read
	 * @param classLoader the application's class loader
	 */
	public LiquibaseMigrationCheck(String name, LiquibaseSettings settings, @Nullable ClassLoader classLoader) {
		this(Subject.migrationTool(name), settings, classLoader, null, Clock.systemUTC(), null);
	}

	LiquibaseMigrationCheck(Subject subject, LiquibaseSettings settings, @Nullable ClassLoader classLoader,
			@Nullable MigrationsAtStart atStart, Clock clock, @Nullable SnapshotComparison snapshot) {
		this.subject = subject;
		this.settings = settings;
		this.classLoader = classLoader;
		this.atStart = atStart;
		this.clock = clock;
		this.snapshot = snapshot;
	}

	/**
	 * Return this check comparing, besides, the live schema with the snapshot of what the
	 * changelog built.
	 * @param snapshot the comparison with the snapshot
	 * @return the check
	 */
	public LiquibaseMigrationCheck comparingWith(SnapshotComparison snapshot) {
		return new LiquibaseMigrationCheck(this.subject, this.settings, this.classLoader, this.atStart, this.clock,
				snapshot);
	}

	@Override
	public Subject subject() {
		return this.subject;
	}

	/**
	 * Return the names of the tables in which Liquibase records its work.
	 * @return the changelog table and the lock table
	 */
	public List<String> tables() {
		return List.of(this.settings.changeLogTableName(), this.settings.lockTableName());
	}

	/**
	 * Read what the application's Liquibase is about to apply, with the lint of the SQL
	 * it will run, before it updates.
	 * @return the pending changesets
	 * @throws Exception when the database or the changelog cannot be read
	 */
	public MigrationsAtStart beforeUpdate() throws Exception {
		try (ChangeLogSession session = ChangeLogSession.open(this.settings)) {
			List<ChangeSet> applied = new ChangeLogStates(session, this.settings).applied(this.settings.tag());
			return new MigrationsAtStart(lint(session).lint(applied));
		}
	}

	/**
	 * Return the check of this changelog after the application's Liquibase updated at
	 * this start.
	 * @param before what it was about to apply, read before it updated
	 * @return the check
	 */
	public LiquibaseMigrationCheck updatedAtStart(MigrationsAtStart before) {
		return new LiquibaseMigrationCheck(this.subject, this.settings, this.classLoader, before, this.clock,
				this.snapshot);
	}

	@Override
	public SubjectReport run() {
		Instant start = this.clock.instant();
		Map<String, Object> details = new LinkedHashMap<>();
		details.put(SubjectReport.TOOL, TOOL);
		details.put(SubjectReport.HISTORY_TABLE, this.settings.changeLogTableName());
		details.put(SubjectReport.CHANGE_LOG, this.settings.changeLog());
		try (ChangeLogSession session = ChangeLogSession.open(this.settings)) {
			Database database = session.database();
			details.put(SubjectReport.DATABASE_PRODUCT, database.getDatabaseProductName());
			details.put(SubjectReport.DATABASE_VERSION, session.inScope(database::getDatabaseProductVersion));
			ChangeLogStates states = new ChangeLogStates(session, this.settings);
			List<ChangeSet> selected = session.selected();
			List<RanChangeSet> ran = session.ran();
			details.put(SubjectReport.CURRENT_VERSION,
					ran.isEmpty() ? "none" : ChangeLogStates.describe(ran.get(ran.size() - 1)));
			details.put(SubjectReport.LATEST_VERSION,
					selected.isEmpty() ? "none" : ChangeLogStates.describe(selected.get(selected.size() - 1)));
			List<ChangeSet> pending = states.pending();
			List<Finding> findings = new ArrayList<>(states.findings(pending, this.atStart != null));
			String table = this.settings.changeLogTableName();
			if (this.atStart != null) {
				findings.addAll(appliedAtStart(this.atStart, pending, table));
				findings.addAll(MigrationLintFindings.of(this.atStart.pending(), table));
			}
			else {
				findings.addAll(MigrationLintFindings.of(lint(session).lint(pending), table));
			}
			if (this.snapshot != null) {
				this.snapshot.compare(this.settings.dataSource(), LiquibaseHistory.of(ran, tables()))
					.forEach(findings::add);
			}
			return new SubjectReport(this.subject, details, start, Duration.between(start, this.clock.instant()),
					Findings.of(findings), List.of());
		}
		catch (Exception ex) {
			Finding error = Finding.of(FindingKind.CHECK_ERROR, null, null,
					"The changelog could not be read, so its state is unknown: " + CheckErrors.describe(ex), null,
					null);
			return new SubjectReport(this.subject, details, start, Duration.between(start, this.clock.instant()),
					Findings.of(List.of(error)), List.of());
		}
	}

	private ChangeLogLint lint(ChangeLogSession session) {
		return new ChangeLogLint(session, DatabaseFamily.fromProductName(session.database().getDatabaseProductName()),
				this.classLoader);
	}

	private static List<Finding> appliedAtStart(MigrationsAtStart before, List<ChangeSet> stillPending, String table) {
		Set<String> pending = stillPending.stream().map(ChangeLogStates::describe).collect(Collectors.toSet());
		return before.pending()
			.stream()
			.filter((changeSet) -> !pending.contains(changeSet.name()))
			.map((changeSet) -> Finding.of(FindingKind.MIGRATION_APPLIED_AT_START, table, null,
					changeSet.describe() + " was pending when the application started; Liquibase applied it at this"
							+ " start, before the application used the database.",
					null, null))
			.toList();
	}

}

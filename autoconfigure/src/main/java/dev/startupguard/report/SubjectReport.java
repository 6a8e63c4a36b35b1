package dev.startupguard.report;

import java.time.Duration;
import java.time.Instant;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Outcome of one check of one {@link Subject}: what was checked, when, how long it took,
 * what it was checked against, and what was found.
 *
 * @param subject what was checked
 * @param details what the subject was checked against, in the order outputs show them,
 * such as {@code databaseProduct}, {@code databaseVersion} and {@code schemas} for a
 * persistence unit
 * @param checkedAt when the check started
 * @param duration how long the check took
 * @param findings what the check found, less the suppressed findings
 * @param suppressed the findings the application chose to live with
 * @author Startup Guard contributors
 * @since 0.1.0
 */
public record SubjectReport(Subject subject, Map<String, Object> details, Instant checkedAt, Duration duration,
		Findings findings, List<SuppressedFinding> suppressed) {

	/**
	 * Detail key of the database product's name.
	 */
	public static final String DATABASE_PRODUCT = "databaseProduct";

	/**
	 * Detail key of the database product's version.
	 */
	public static final String DATABASE_VERSION = "databaseVersion";

	/**
	 * Detail key of the schemas that were read.
	 */
	public static final String SCHEMAS = "schemas";

	/**
	 * Detail key of the migration tool that manages a {@link SubjectKind#MIGRATION_TOOL}
	 * subject, such as {@code flyway}: one of a fixed set, so metrics may tag by it.
	 */
	public static final String TOOL = "tool";

	/**
	 * Detail key of the table in which a migration tool records what it applied.
	 */
	public static final String HISTORY_TABLE = "historyTable";

	/**
	 * Detail key of the database's current migration version.
	 */
	public static final String CURRENT_VERSION = "currentVersion";

	/**
	 * Detail key of the latest migration version the code has.
	 */
	public static final String LATEST_VERSION = "latestVersion";

	/**
	 * Detail key of the changelog a Liquibase subject reads.
	 */
	public static final String CHANGE_LOG = "changeLog";

	public SubjectReport {
		details = Collections.unmodifiableMap(new LinkedHashMap<>(details));
		suppressed = List.copyOf(suppressed);
	}

	/**
	 * Return the subject's name.
	 * @return the name
	 */
	public String name() {
		return this.subject.name();
	}

	/**
	 * Return what the check came to.
	 * @return the outcome
	 */
	public CheckOutcome outcome() {
		return CheckOutcome.of(this.findings);
	}

	/**
	 * Return whether a finding makes the subject unhealthy, as its kind's
	 * {@link FindingKind.Nature nature} decides.
	 * @return {@code true} when health should be DOWN
	 */
	public boolean unhealthy() {
		return this.findings.stream()
			.anyMatch((finding) -> finding.kind().nature().turnsHealthDown(finding.severity()));
	}

	/**
	 * Return this report with other findings, such as after the application's rules.
	 * @param findings the findings
	 * @param suppressed the suppressed findings
	 * @return the report with them
	 */
	public SubjectReport withFindings(Findings findings, List<SuppressedFinding> suppressed) {
		return new SubjectReport(this.subject, this.details, this.checkedAt, this.duration, findings, suppressed);
	}

}

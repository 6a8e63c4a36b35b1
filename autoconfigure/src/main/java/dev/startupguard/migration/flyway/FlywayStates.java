package dev.startupguard.migration.flyway;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

import org.flywaydb.core.api.MigrationInfo;
import org.flywaydb.core.api.MigrationState;
import org.flywaydb.core.api.MigrationVersion;
import org.flywaydb.core.api.configuration.Configuration;
import org.flywaydb.core.api.pattern.ValidatePattern;
import org.jspecify.annotations.Nullable;

import dev.startupguard.report.Finding;
import dev.startupguard.report.FindingKind;
import dev.startupguard.report.SuppressedFinding;
import dev.startupguard.schema.DatabaseFamily;

/**
 * Turns the state of each migration, as Flyway's {@code info()} reports it, into
 * findings. Every finding's {@code table} is the history table, so that a suppression can
 * tell two Flyway beans apart; the version and the script are in the message. Findings in
 * a state the application told Flyway to ignore ({@code ignoreMigrationPatterns}) are
 * kept as suppressed, with the pattern as their reason; Flyway's default pattern
 * {@code *:future} is not honoured, since a database ahead of the code is what a
 * rolled-back deploy looks like.
 *
 * @author Startup Guard contributors
 */
final class FlywayStates {

	private static final ValidatePattern FLYWAY_DEFAULT = ValidatePattern.fromPattern("*:future");

	private final Configuration configuration;

	private final DatabaseFamily family;

	private final String table;

	FlywayStates(Configuration configuration, DatabaseFamily family) {
		this.configuration = configuration;
		this.family = family;
		this.table = configuration.getTable();
	}

	/**
	 * Classify every migration.
	 * @param all every migration Flyway knows of, applied or not
	 * @param migratedAtStart whether Flyway migrated at this start, so that a migration
	 * still pending is one it did not apply
	 * @return the findings and the suppressed findings
	 */
	States classify(MigrationInfo[] all, boolean migratedAtStart) {
		String latest = latestInCode(all).map(MigrationVersion::getVersion).orElse(null);
		List<Finding> findings = new ArrayList<>();
		List<SuppressedFinding> suppressed = new ArrayList<>();
		for (MigrationInfo info : all) {
			Finding finding = finding(info, latest, migratedAtStart);
			if (finding == null) {
				continue;
			}
			ValidatePattern ignoring = ignoring(info);
			if (ignoring != null) {
				suppressed.add(new SuppressedFinding(finding, "Flyway's ignoreMigrationPatterns has " + ignoring
						+ " (spring.flyway.ignore-migration-patterns)"));
			}
			else {
				findings.add(finding);
			}
		}
		return new States(findings, suppressed);
	}

	private @Nullable Finding finding(MigrationInfo info, @Nullable String latest, boolean migratedAtStart) {
		String what = describe(info);
		return switch (info.getState()) {
			case PENDING, OUTDATED -> finding(FindingKind.MIGRATION_PENDING,
					"Migration " + what + " is pending: the database does not have it, and " + (migratedAtStart
							? "Flyway did not apply it at this start (a migration strategy that does not migrate, or a target below it)"
							: "nothing applies it at this start, since Flyway does not migrate here")
							+ ". Code that needs it fails. Run the migrations (flyway migrate, or a start with"
							+ " spring.flyway.enabled=true) before deploying the code that needs them.");
			case FAILED, FUTURE_FAILED, MISSING_FAILED -> finding(FindingKind.MIGRATION_FAILED,
					"Migration " + what + " failed. " + afterFailure() + missingFailed(info));
			case MISSING_SUCCESS -> finding(FindingKind.MIGRATION_MISSING_LOCALLY, "Migration " + what
					+ " was applied to the database, but this code no longer has it. If it was merged into"
					+ " another script, the schema is fine but Flyway's validation fails on it: run flyway repair to"
					+ " mark it deleted, or set spring.flyway.ignore-migration-patterns=*:missing. If this build"
					+ " lacks it by mistake, deploy the build that has it.");
			case FUTURE_SUCCESS -> finding(FindingKind.MIGRATION_NEWER_THAN_CODE,
					"The database has migration " + what + ", newer than anything this code has (its latest is "
							+ ((latest != null) ? latest : "none")
							+ "): this code was rolled back, or is older than the code that migrated the database."
							+ " It runs on a schema it was not written for; it works only if that migration kept"
							+ " everything this code uses. Deploy the newer code again, or check the migration.");
			case OUT_OF_ORDER -> checksum(info).orElseGet(() -> finding(FindingKind.MIGRATION_OUT_OF_ORDER,
					"Migration " + what + " was applied out of order, after a newer one: databases that applied"
							+ " them in version order may differ from this one if the two touch the same objects."));
			case IGNORED -> finding(FindingKind.MIGRATION_IGNORED,
					"Migration " + what
							+ " is older than the database's current version and was never applied; Flyway skips it, so"
							+ " the database never gets what it does. Give it a version above the current one, or set"
							+ " spring.flyway.out-of-order=true to apply it.");
			case SUCCESS, BASELINE -> checksum(info).orElse(null);
			default -> null;
		};
	}

	private String afterFailure() {
		return switch (this.family) {
			case MYSQL -> "MariaDB and MySQL commit each DDL statement at once, so the statements before the"
					+ " failing one stayed applied and the script is half-applied. Compare the schema with the"
					+ " script, undo by hand what it did (or finish it by hand), fix the script, then run flyway"
					+ " repair to remove the failed entry and migrate again.";
			case POSTGRESQL, H2 -> "This database rolls DDL back with the transaction, so nothing of the script"
					+ " stayed unless it ran outside a transaction (CREATE INDEX CONCURRENTLY, or"
					+ " executeInTransaction=false). Fix the script, run flyway repair to remove the failed entry,"
					+ " and migrate again.";
			case OTHER -> "On a database without transactional DDL the statements before the failing one stayed"
					+ " applied: compare the schema with the script and undo them by hand, fix the script, then"
					+ " run flyway repair and migrate again.";
		};
	}

	private static String missingFailed(MigrationInfo info) {
		return (info.getState() == MigrationState.MISSING_FAILED) ? " This code no longer has its script." : "";
	}

	private Optional<Finding> checksum(MigrationInfo info) {
		if (!info.isVersioned() || info.getResolvedChecksum() == null || info.getAppliedChecksum() == null
				|| info.isChecksumMatching()) {
			return Optional.empty();
		}
		return Optional.of(finding(FindingKind.MIGRATION_CHECKSUM_MISMATCH,
				"Migration " + describe(info) + " was edited after it ran: its checksum is "
						+ info.getResolvedChecksum() + " in the code and " + info.getAppliedChecksum()
						+ " in the database, so the database has what the script said when it"
						+ " ran, not what it says now, and Flyway's validation fails on it. If the edit was cosmetic"
						+ " (comments, whitespace), run flyway repair to record the new checksum; otherwise restore the"
						+ " script as it ran and put the change in a new migration."));
	}

	private Finding finding(FindingKind kind, String message) {
		return Finding.of(kind, this.table, null, message, null, null);
	}

	private @Nullable ValidatePattern ignoring(MigrationInfo info) {
		ValidatePattern[] patterns = this.configuration.getIgnoreMigrationPatterns();
		if (patterns == null) {
			return null;
		}
		return Arrays.stream(patterns)
			.filter((pattern) -> !pattern.equals(FLYWAY_DEFAULT))
			.filter((pattern) -> pattern.matchesMigration(info.isVersioned(), info.getState()))
			.findFirst()
			.orElse(null);
	}

	/**
	 * Return the latest version among the migrations the code has.
	 * @param all every migration
	 * @return the latest version, empty when the code has none
	 */
	static Optional<MigrationVersion> latestInCode(MigrationInfo[] all) {
		return Arrays.stream(all)
			.filter((info) -> info.getState().isResolved() && info.getVersion() != null)
			.map(MigrationInfo::getVersion)
			.max(MigrationVersion::compareTo);
	}

	static String describe(MigrationInfo info) {
		return describe((info.getVersion() != null) ? info.getVersion().getVersion() : null, info.getScript());
	}

	static String describe(@Nullable String version, String script) {
		return (version != null) ? version + " (" + script + ")" : "(repeatable) " + script;
	}

	/**
	 * Findings of the migrations' states.
	 *
	 * @param findings the findings
	 * @param suppressed the findings in a state Flyway is told to ignore
	 */
	record States(List<Finding> findings, List<SuppressedFinding> suppressed) {

	}

}

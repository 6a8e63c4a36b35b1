package dev.startupguard.migration.liquibase;

import java.text.SimpleDateFormat;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Locale;
import java.util.TimeZone;

import liquibase.changelog.ChangeSet;
import liquibase.changelog.RanChangeSet;
import liquibase.changelog.filter.UpToTagChangeSetFilter;
import liquibase.changelog.visitor.ValidatingVisitor;
import liquibase.exception.PreconditionErrorException;
import liquibase.exception.PreconditionFailedException;
import liquibase.lockservice.DatabaseChangeLogLock;
import liquibase.precondition.core.PreconditionContainer;
import org.jspecify.annotations.Nullable;

import dev.startupguard.report.Finding;
import dev.startupguard.report.FindingKind;

/**
 * Classifies what a {@link ChangeLogSession} read into findings: pending changesets,
 * changesets applied but no longer in the changelog, edited ones, failed ones, a held
 * lock, failing preconditions and a changelog Liquibase would not validate.
 *
 * @author Startup Guard contributors
 */
final class ChangeLogStates {

	private final ChangeLogSession session;

	private final String changeLogTable;

	private final String lockTable;

	ChangeLogStates(ChangeLogSession session, LiquibaseSettings settings) {
		this.session = session;
		this.changeLogTable = settings.changeLogTableName();
		this.lockTable = settings.lockTableName();
	}

	/**
	 * Return the changesets the application's Liquibase would apply next: selected by its
	 * contexts, labels and database, and not applied, or applied and edited since with
	 * {@code runOnChange}. Changesets that run always are left out: they are never
	 * behind.
	 * @return the pending changesets, in the order Liquibase applies them
	 * @throws Exception when the changelog cannot be walked
	 */
	List<ChangeSet> pending() throws Exception {
		List<ChangeSet> pending = new ArrayList<>();
		for (ChangeSet changeSet : this.session.selected()) {
			RanChangeSet ran = ran(changeSet);
			if (ran == null || (changeSet.shouldRunOnChange() && !changeSet.shouldAlwaysRun()
					&& ran.getLastCheckSum() != null && !changeSet.isCheckSumValid(ran.getLastCheckSum()))) {
				pending.add(changeSet);
			}
		}
		return pending;
	}

	/**
	 * Return the changesets the application's Liquibase applies when it updates now: the
	 * pending ones, up to the changeset that tags the database with the bean's tag when
	 * it has one, as Liquibase's update to a tag stops there.
	 * @param tag the tag the update stops at, {@code null} for none
	 * @return the changesets, in the order Liquibase applies them
	 * @throws Exception when the changelog cannot be walked
	 */
	List<ChangeSet> applied(@Nullable String tag) throws Exception {
		List<ChangeSet> pending = pending();
		if (tag == null || tag.isBlank()) {
			return pending;
		}
		UpToTagChangeSetFilter upToTag = new UpToTagChangeSetFilter(tag, this.session.ran());
		List<ChangeSet> applied = new ArrayList<>();
		for (ChangeSet changeSet : this.session.selected()) {
			if (!upToTag.accepts(changeSet).isAccepted()) {
				break;
			}
			if (pending.contains(changeSet)) {
				applied.add(changeSet);
			}
		}
		return applied;
	}

	/**
	 * Return the findings of the changelog's state.
	 * @param pending the pending changesets
	 * @param updatedAtStart whether the application's Liquibase updated at this start
	 * @return the findings
	 * @throws Exception when the changelog or the database cannot be read
	 */
	List<Finding> findings(List<ChangeSet> pending, boolean updatedAtStart) throws Exception {
		List<Finding> findings = new ArrayList<>();
		this.session.locks().forEach((lock) -> findings.add(lockHeld(lock)));
		ValidatingVisitor validation = this.session.validate();
		validation.getInvalidMD5Sums().forEach((mismatch) -> findings.add(checksumMismatch(mismatch)));
		validation.getFailedPreconditions()
			.forEach((failed) -> findings.add(finding(FindingKind.MIGRATION_PRECONDITION_FAILED,
					"A precondition of the changelog fails on this database: " + failed.getMessage()
							+ ". Liquibase applies none of its changesets while it fails.")));
		validation.getErrorPreconditions()
			.forEach((error) -> findings.add(finding(FindingKind.MIGRATION_PRECONDITION_FAILED,
					"A precondition of the changelog cannot be evaluated on this database: " + error.getCause()
							+ ". Liquibase applies none of its changesets while it fails.")));
		invalid(validation).forEach((problem) -> findings
			.add(finding(FindingKind.MIGRATION_INVALID, "The changelog does not pass Liquibase's validation: " + problem
					+ ". Liquibase refuses to apply any changeset until it is fixed.")));
		for (ChangeSet changeSet : pending) {
			findings.add(pending(changeSet, updatedAtStart));
			Finding precondition = precondition(changeSet);
			if (precondition != null) {
				findings.add(precondition);
			}
		}
		for (RanChangeSet ran : this.session.ran()) {
			if (ran.getExecType() == ChangeSet.ExecType.FAILED) {
				findings.add(finding(FindingKind.MIGRATION_FAILED, "Changeset " + describe(ran)
						+ " failed when it ran (it allows failure with failOnError=false), so the database may lack"
						+ " what it does. Apply what it does by hand or in a new changeset."));
			}
			if (this.session.changeLog().getChangeSets(ran).isEmpty()) {
				findings.add(finding(FindingKind.MIGRATION_MISSING_LOCALLY, "Changeset " + describe(ran)
						+ " was applied to the database, but this code's changelog no longer has it: this code was"
						+ " rolled back, or the changeset was renamed or moved to another file (its identity is its"
						+ " id, author and file path). If it was renamed or moved, the database does not know the new"
						+ " one and applies it again: keep the old identity (logicalFilePath), or mark the new one ran."
						+ " If this build lacks it by mistake, deploy the build that has it."));
			}
		}
		return findings;
	}

	private @Nullable RanChangeSet ran(ChangeSet changeSet) {
		for (RanChangeSet ran : this.session.ran()) {
			if (ran.isSameAs(changeSet)) {
				return ran;
			}
		}
		return null;
	}

	private Finding pending(ChangeSet changeSet, boolean updatedAtStart) {
		String state = (ran(changeSet) != null) ? " was edited after it ran and runs again (runOnChange)"
				: " is pending";
		return finding(FindingKind.MIGRATION_PENDING,
				"Changeset " + describe(changeSet) + state + ": the database does not have what it does, and "
						+ (updatedAtStart ? "Liquibase did not apply it at this start"
								: "nothing applies it at this start, since Liquibase does not run here")
						+ ". Code that needs it fails. Run the changelog (liquibase update, or a start with"
						+ " spring.liquibase.enabled=true) before deploying the code that needs it.");
	}

	private @Nullable Finding precondition(ChangeSet changeSet) throws Exception {
		PreconditionContainer preconditions = changeSet.getPreconditions();
		if (preconditions == null) {
			return null;
		}
		try {
			this.session.inScope(() -> {
				preconditions.check(this.session.database(), this.session.changeLog(), changeSet, null);
				return null;
			});
			return null;
		}
		catch (PreconditionFailedException ex) {
			return (preconditions.getOnFail() == PreconditionContainer.FailOption.HALT)
					? preconditionFails(changeSet, "fails: " + ex.getMessage()) : null;
		}
		catch (PreconditionErrorException ex) {
			return (preconditions.getOnError() == PreconditionContainer.ErrorOption.HALT)
					? preconditionFails(changeSet, "cannot be evaluated: " + ex.getMessage()) : null;
		}
	}

	private Finding preconditionFails(ChangeSet changeSet, String what) {
		return finding(FindingKind.MIGRATION_PRECONDITION_FAILED, "The precondition of pending changeset "
				+ describe(changeSet) + " " + what
				+ ". It halts on failure, so Liquibase stops the update there and applies none of the changesets"
				+ " after it. Make the database meet it, or change onFail.");
	}

	private Finding lockHeld(DatabaseChangeLogLock lock) {
		String since = (lock.getLockGranted() != null) ? " since " + utc(lock.getLockGranted()) : "";
		return finding(FindingKind.MIGRATION_LOCK_HELD, this.lockTable + " is locked" + since + " by "
				+ lock.getLockedBy()
				+ ". While it is held, every Liquibase update waits for it and then fails. If a migration is"
				+ " running there, wait for it. If none is (the process that held it died), release it: liquibase"
				+ " release-locks, or UPDATE " + this.lockTable + " SET LOCKED = FALSE, LOCKGRANTED = NULL,"
				+ " LOCKEDBY = NULL WHERE ID = " + lock.getId() + " (LOCKED = 0 on MariaDB and MySQL). Releasing"
				+ " a lock a running migration holds lets two migrations run at once.");
	}

	private Finding checksumMismatch(String mismatch) {
		return finding(FindingKind.MIGRATION_CHECKSUM_MISMATCH, "Changeset "
				+ mismatch.replace(" was: ", ": checksum ").replace(" but is now: ", " when it ran, ")
				+ " now. It was edited after it ran, so the database has what it said then, not what it says now,"
				+ " and Liquibase refuses to update. If the edit was cosmetic, add <validCheckSum> with the new"
				+ " checksum to the changeset; otherwise restore it as it ran and put the change in a new changeset.");
	}

	private static List<String> invalid(ValidatingVisitor validation) {
		List<String> problems = new ArrayList<>();
		validation.getDuplicateChangeSets()
			.forEach((changeSet) -> problems.add("changeset " + describe(changeSet) + " appears twice"));
		validation.getSetupExceptions().forEach((ex) -> problems.add(String.valueOf(ex.getMessage())));
		validation.getChangeValidationExceptions().forEach((ex) -> problems.add(String.valueOf(ex.getMessage())));
		problems.addAll(validation.getValidationErrors().getErrorMessages());
		return problems;
	}

	private Finding finding(FindingKind kind, String message) {
		String table = (kind == FindingKind.MIGRATION_LOCK_HELD) ? this.lockTable : this.changeLogTable;
		return Finding.of(kind, table, null, message, null, null);
	}

	/**
	 * Return a changeset as a person reads it: {@code id by author (path)}.
	 * @param changeSet the changeset
	 * @return the description
	 */
	static String describe(ChangeSet changeSet) {
		return changeSet.getId() + " by " + changeSet.getAuthor() + " (" + changeSet.getFilePath() + ")";
	}

	static String describe(RanChangeSet ran) {
		return ran.getId() + " by " + ran.getAuthor() + " (" + ran.getChangeLog() + ")";
	}

	private static String utc(Date date) {
		SimpleDateFormat format = new SimpleDateFormat("yyyy-MM-dd HH:mm:ss 'UTC'", Locale.ROOT);
		format.setTimeZone(TimeZone.getTimeZone("UTC"));
		return format.format(date);
	}

}

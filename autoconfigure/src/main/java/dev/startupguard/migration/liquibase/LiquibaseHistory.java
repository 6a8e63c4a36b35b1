package dev.startupguard.migration.liquibase;

import java.util.Comparator;
import java.util.List;

import liquibase.Liquibase;
import liquibase.changelog.RanChangeSet;
import liquibase.database.Database;
import liquibase.exception.DatabaseException;

import dev.startupguard.snapshot.AppliedMigration;
import dev.startupguard.snapshot.MigrationHistory;

/**
 * What Liquibase has applied to a database, as a {@link MigrationHistory}: each changeset
 * that ran (executed or marked ran), identified as {@code filename::id::author}, with its
 * description and checksum. Sorted by that identifier, since the order in which a
 * long-lived database ran its changesets depends on its contexts and deploys, not on what
 * it has.
 *
 * @author Startup Guard contributors
 * @since 0.1.0
 */
public final class LiquibaseHistory {

	private LiquibaseHistory() {
	}

	/**
	 * Read what the given Liquibase has applied to its database.
	 * @param liquibase the Liquibase, such as the one that just updated a scratch
	 * database
	 * @return the history
	 * @throws DatabaseException if the changelog table cannot be read
	 */
	public static MigrationHistory of(Liquibase liquibase) throws DatabaseException {
		Database database = liquibase.getDatabase();
		return of(database.getRanChangeSetList(),
				List.of(database.getDatabaseChangeLogTableName(), database.getDatabaseChangeLogLockTableName()));
	}

	/**
	 * Read what Liquibase has applied to the database of the given settings, the way the
	 * guard's Liquibase check reads it: in a read-only session, from the changelog table
	 * the settings name.
	 * @param settings the changelog and database, such as those of the application's
	 * {@code SpringLiquibase} bean after it updated a scratch database
	 * @return the history
	 * @throws Exception if the database or the changelog table cannot be read
	 */
	public static MigrationHistory of(LiquibaseSettings settings) throws Exception {
		try (ChangeLogSession session = ChangeLogSession.open(settings)) {
			return of(session.ran(), List.of(settings.changeLogTableName(), settings.lockTableName()));
		}
	}

	/**
	 * Return the history of the given changesets.
	 * @param ran the changesets that ran, as Liquibase's history service lists them
	 * @param tables the changelog table and the lock table
	 * @return the history
	 */
	static MigrationHistory of(List<RanChangeSet> ran, List<String> tables) {
		List<AppliedMigration> applied = ran.stream()
			.filter((changeSet) -> changeSet.getExecType() == null || changeSet.getExecType().ran)
			.map((changeSet) -> new AppliedMigration(
					changeSet.getChangeLog() + "::" + changeSet.getId() + "::" + changeSet.getAuthor(),
					String.valueOf(changeSet.getDescription()),
					(changeSet.getLastCheckSum() != null) ? changeSet.getLastCheckSum().toString() : null))
			.sorted(Comparator.comparing(AppliedMigration::id))
			.toList();
		return new MigrationHistory(LiquibaseMigrationCheck.TOOL, applied, tables);
	}

}

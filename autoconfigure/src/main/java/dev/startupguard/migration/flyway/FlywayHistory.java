package dev.startupguard.migration.flyway;

import java.util.Arrays;
import java.util.List;

import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.MigrationInfo;
import org.flywaydb.core.api.MigrationState;

import dev.startupguard.snapshot.AppliedMigration;
import dev.startupguard.snapshot.MigrationHistory;

/**
 * What a Flyway bean has applied, as a {@link MigrationHistory}, read through Flyway's
 * {@code info()}: each migration that applied successfully and is still in force, in
 * Flyway's order, with its version, description and checksum. A repeatable migration
 * counts once, with the checksum of its latest run, so that a database that ran it at
 * several deploys has the history of a fresh one.
 *
 * @author Startup Guard contributors
 * @since 0.1.0
 */
public final class FlywayHistory {

	private FlywayHistory() {
	}

	/**
	 * Read what the Flyway bean has applied.
	 * @param flyway the Flyway bean, such as the one that just migrated a scratch
	 * database
	 * @return the history
	 */
	public static MigrationHistory of(Flyway flyway) {
		return of(flyway.info().all(), flyway.getConfiguration().getTable());
	}

	static MigrationHistory of(MigrationInfo[] all, String historyTable) {
		List<AppliedMigration> applied = Arrays.stream(all)
			.filter((info) -> info.getState().isApplied() && !info.getState().isFailed())
			.filter((info) -> info.getState() != MigrationState.SUPERSEDED)
			.map(FlywayHistory::applied)
			.toList();
		return new MigrationHistory(FlywayMigrationCheck.TOOL, applied, List.of(historyTable));
	}

	private static AppliedMigration applied(MigrationInfo info) {
		String id = (info.getVersion() != null) ? info.getVersion().getVersion() : "R:" + info.getDescription();
		return new AppliedMigration(id, info.getDescription(),
				(info.getChecksum() != null) ? info.getChecksum().toString() : null);
	}

}

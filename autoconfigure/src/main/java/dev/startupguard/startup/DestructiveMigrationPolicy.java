package dev.startupguard.startup;

import java.util.List;

import dev.startupguard.migration.MigrationsAtStart;

/**
 * Whether a migration tool may apply destructive statements at this start: outside
 * production always; in production only those of the acknowledged versions.
 *
 * @param production whether the application runs in production
 * @param acknowledged the versions whose destructive statements may run in production
 * @author Startup Guard contributors
 * @since 0.1.0
 */
public record DestructiveMigrationPolicy(boolean production, List<String> acknowledged) {

	public DestructiveMigrationPolicy {
		acknowledged = List.copyOf(acknowledged);
	}

	/**
	 * Refuse the migrations unless they may run.
	 * @param tool the name of the migration tool's bean
	 * @param migrations what the tool is about to apply
	 * @throws DestructiveMigrationRefusedException when an unacknowledged destructive
	 * statement is about to run in production
	 */
	public void check(String tool, MigrationsAtStart migrations) {
		if (!this.production) {
			return;
		}
		List<MigrationsAtStart.Refused> refused = migrations.unacknowledged(this.acknowledged);
		if (!refused.isEmpty()) {
			throw new DestructiveMigrationRefusedException(tool, refused);
		}
	}

}

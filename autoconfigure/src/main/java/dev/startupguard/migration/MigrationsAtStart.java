package dev.startupguard.migration;

import java.util.Collection;
import java.util.List;
import java.util.Locale;

import dev.startupguard.migration.lint.LintedStatement;

/**
 * What a migration tool was about to apply at this start, read just before it migrated:
 * its pending migrations and the lint of what they run.
 *
 * @param pending the pending migrations, in the order the tool applies them
 * @author Startup Guard contributors
 * @since 0.1.0
 */
public record MigrationsAtStart(List<PendingMigration> pending) {

	public MigrationsAtStart {
		pending = List.copyOf(pending);
	}

	/**
	 * Return the destructive statements that no acknowledgement lets run.
	 * @param acknowledged the versions (Flyway) or changeset ids (Liquibase) whose
	 * destructive statements may run
	 * @return the refused statements, by migration
	 */
	public List<Refused> unacknowledged(Collection<String> acknowledged) {
		List<String> versions = acknowledged.stream().map((version) -> version.toLowerCase(Locale.ROOT)).toList();
		return this.pending.stream()
			.filter((migration) -> migration.version() == null
					|| !versions.contains(migration.version().toLowerCase(Locale.ROOT)))
			.flatMap((migration) -> migration.destructive()
				.stream()
				.map((statement) -> new Refused(migration, statement)))
			.toList();
	}

	/**
	 * A destructive statement of a pending migration that may not run.
	 *
	 * @param migration the migration
	 * @param statement the statement, with the rules it breaks
	 */
	public record Refused(PendingMigration migration, LintedStatement statement) {

	}

}

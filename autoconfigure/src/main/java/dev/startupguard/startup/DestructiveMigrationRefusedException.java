package dev.startupguard.startup;

import java.util.List;

import dev.startupguard.migration.MigrationsAtStart;

/**
 * Thrown in production when a migration tool is about to apply a destructive statement
 * nobody acknowledged: before anything is applied. Carries the statements;
 * {@link DestructiveMigrationRefusedFailureAnalyzer} explains them and how to acknowledge
 * them.
 *
 * @author Startup Guard contributors
 * @since 0.1.0
 */
public class DestructiveMigrationRefusedException extends RuntimeException {

	private final String tool;

	private final List<MigrationsAtStart.Refused> refused;

	/**
	 * Create an exception.
	 * @param tool the name of the migration tool's bean
	 * @param refused the statements that may not run
	 */
	public DestructiveMigrationRefusedException(String tool, List<MigrationsAtStart.Refused> refused) {
		super("Startup Guard refuses to let '" + tool + "' apply " + refused.size()
				+ " unacknowledged destructive statement(s) in production");
		this.tool = tool;
		this.refused = List.copyOf(refused);
	}

	/**
	 * Return the name of the migration tool's bean.
	 * @return the bean name
	 */
	public String getTool() {
		return this.tool;
	}

	/**
	 * Return the statements that may not run.
	 * @return the statements, by migration
	 */
	public List<MigrationsAtStart.Refused> getRefused() {
		return this.refused;
	}

}

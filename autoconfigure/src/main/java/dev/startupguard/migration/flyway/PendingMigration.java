package dev.startupguard.migration.flyway;

import java.util.List;

import org.jspecify.annotations.Nullable;

import dev.startupguard.migration.lint.LintReport;
import dev.startupguard.migration.lint.LintedStatement;
import dev.startupguard.report.FixRisk;

/**
 * A migration that was pending when it was read, with the lint of its script.
 *
 * @param version its version, {@code null} for a repeatable migration
 * @param script its script, as Flyway names it (the path below its location, or the class
 * of a Java migration)
 * @param lint the lint of its script, {@code null} when it was not linted
 * @author Startup Guard contributors
 * @since 0.1.0
 */
public record PendingMigration(@Nullable String version, String script, @Nullable LintReport lint) {

	/**
	 * Return the statements the lint classified DESTRUCTIVE.
	 * @return those statements, in script order
	 */
	public List<LintedStatement> destructive() {
		return (this.lint != null)
				? this.lint.flagged().stream().filter((statement) -> statement.risk() == FixRisk.DESTRUCTIVE).toList()
				: List.of();
	}

	/**
	 * Return the migration as a person reads it, such as {@code 3 (V3__drop_note.sql)}.
	 * @return the description
	 */
	public String describe() {
		return FlywayStates.describe(this.version, this.script);
	}

}

package dev.startupguard.migration;

import java.util.List;

import org.jspecify.annotations.Nullable;

import dev.startupguard.migration.lint.LintReport;
import dev.startupguard.migration.lint.LintedStatement;
import dev.startupguard.report.FixRisk;

/**
 * A migration that was pending when it was read, with the lint of what it will run: a
 * Flyway migration with its script, or a Liquibase changeset with the SQL its changes
 * generate.
 *
 * @param version what acknowledges its destructive statements: a Flyway version, a
 * Liquibase changeset id; {@code null} for a repeatable Flyway migration
 * @param name the migration as its tool names it, such as {@code 3 (V3__drop_note.sql)}
 * or {@code drop-note by alice (db/changelog/notes.xml)}
 * @param noun what the tool calls a migration: {@code Migration} or {@code Changeset}
 * @param position how the lint's statements are placed in it
 * @param lint the lint of what it will run, {@code null} when it was not linted
 * @author Startup Guard contributors
 * @since 0.1.0
 */
public record PendingMigration(@Nullable String version, String name, String noun, Position position,
		@Nullable LintReport lint) {

	/**
	 * Return the statements the lint classified DESTRUCTIVE.
	 * @return those statements, in order
	 */
	public List<LintedStatement> destructive() {
		return (this.lint != null)
				? this.lint.flagged().stream().filter((statement) -> statement.risk() == FixRisk.DESTRUCTIVE).toList()
				: List.of();
	}

	/**
	 * Return the migration as a person reads it, such as
	 * {@code Migration 3 (V3__drop_note.sql)}.
	 * @return the description
	 */
	public String describe() {
		return this.noun + " " + this.name;
	}

	/**
	 * Return where a statement of the lint sits in the migration, such as {@code line 4}.
	 * @param line the statement's line, as the lint numbered it
	 * @return its place
	 */
	public String locate(int line) {
		return this.position.locate(line);
	}

	/**
	 * How the lint's statements are placed in a migration.
	 */
	public enum Position {

		/**
		 * By the line of the script they start on.
		 */
		LINE("line "),

		/**
		 * By their place among the statements the migration runs, from 1: the SQL a
		 * Liquibase changeset generates has no lines of its own.
		 */
		STATEMENT("statement ");

		private final String prefix;

		Position(String prefix) {
			this.prefix = prefix;
		}

		String locate(int number) {
			return this.prefix + number;
		}

	}

}

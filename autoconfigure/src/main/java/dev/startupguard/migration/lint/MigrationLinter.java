package dev.startupguard.migration.lint;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

import dev.startupguard.schema.DatabaseFamily;

/**
 * Lints SQL migration scripts for one database family: splits each script into the
 * statements its database runs, reads each with JSqlParser and classifies it SAFE, RISKY
 * or DESTRUCTIVE with the rules it breaks and a safer recipe. A statement the parser
 * cannot read is reported as not linted, never guessed.
 *
 * @author Startup Guard contributors
 * @since 0.1.0
 */
public final class MigrationLinter {

	private static final Pattern INSERT = Pattern.compile("\\s*insert\\s", Pattern.CASE_INSENSITIVE);

	private final DatabaseFamily family;

	private final ScriptSplitter splitter;

	private MigrationLinter(DatabaseFamily family) {
		this.family = family;
		this.splitter = new ScriptSplitter(family);
	}

	/**
	 * Return a linter for scripts written for the given database family. PostgreSQL and
	 * MySQL (MariaDB) have rules of their own; H2 and other databases are split as
	 * standard SQL and get the rules that hold everywhere.
	 * @param family the family of the database the scripts run on
	 * @return the linter
	 */
	public static MigrationLinter forFamily(DatabaseFamily family) {
		return new MigrationLinter(family);
	}

	/**
	 * Lint one script. Tables and indexes the script creates are remembered, so later
	 * statements of the same script on them are not flagged.
	 * @param scriptName the script's name, for the report
	 * @param script the script's text
	 * @return the report
	 */
	public LintReport lint(String scriptName, String script) {
		return batch().lint(scriptName, script);
	}

	/**
	 * Start the lint of migrations that run one after another, such as the pending
	 * migrations of one deploy: a table an earlier one creates is as new to the later
	 * ones as to its own later statements, since nothing uses it yet.
	 * @return the batch
	 */
	public Batch batch() {
		return new Batch(new ScriptRules(this.family));
	}

	/**
	 * The lint of migrations that run one after another.
	 */
	public final class Batch {

		private final ScriptRules rules;

		private Batch(ScriptRules rules) {
			this.rules = rules;
		}

		/**
		 * Lint the next script.
		 * @param scriptName the script's name, for the report
		 * @param script the script's text
		 * @return the report, its statements placed by line
		 */
		public LintReport lint(String scriptName, String script) {
			List<LintedStatement> linted = new ArrayList<>();
			List<NotLintedStatement> notLinted = new ArrayList<>();
			for (ScriptStatement statement : MigrationLinter.this.splitter.split(script)) {
				check(scriptName, statement, statement.line(), linted, notLinted);
			}
			return new LintReport(scriptName, linted, notLinted);
		}

		/**
		 * Lint the next migration given as the statements it runs, such as the SQL a
		 * Liquibase changeset generates.
		 * @param scriptName the migration's name, for the report
		 * @param statements its statements, in order
		 * @return the report, its statements placed by their number from 1
		 */
		public LintReport lintStatements(String scriptName, List<String> statements) {
			List<LintedStatement> linted = new ArrayList<>();
			List<NotLintedStatement> notLinted = new ArrayList<>();
			int number = 0;
			for (String text : statements) {
				for (ScriptStatement statement : MigrationLinter.this.splitter.split(text)) {
					check(scriptName, statement, ++number, linted, notLinted);
				}
			}
			return new LintReport(scriptName, linted, notLinted);
		}

		private void check(String scriptName, ScriptStatement statement, int line, List<LintedStatement> linted,
				List<NotLintedStatement> notLinted) {
			if (INSERT.matcher(statement.text()).lookingAt()) {
				// no rule flags an insert, and seed scripts hold them by the hundred
				// thousand: not reading them keeps the check within its timeout
				linted.add(new LintedStatement(scriptName, line, statement.text(), List.of()));
				return;
			}
			ParsedStatement parsed = ParsedStatement.parse(statement, MigrationLinter.this.family);
			if (parsed.failure() != null) {
				notLinted.add(new NotLintedStatement(scriptName, line, statement.text(), parsed.failure()));
			}
			else {
				linted.add(new LintedStatement(scriptName, line, statement.text(), this.rules.check(parsed)));
			}
		}

	}

}

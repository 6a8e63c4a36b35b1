package dev.startupguard.migration.lint;

import java.util.List;

import dev.startupguard.report.FixRisk;

/**
 * The lint of one script: its statements in order, split into those the parser read and
 * those it could not.
 *
 * @param scriptName the script's name
 * @param statements the statements the parser read, each with its level
 * @param notLinted the statements the parser could not read
 * @author Startup Guard contributors
 * @since 0.1.0
 */
public record LintReport(String scriptName, List<LintedStatement> statements, List<NotLintedStatement> notLinted) {

	public LintReport {
		statements = List.copyOf(statements);
		notLinted = List.copyOf(notLinted);
	}

	/**
	 * Return the script's level: the highest level of its statements.
	 * @return the level, {@link FixRisk#SAFE} when every statement read is safe
	 */
	public FixRisk risk() {
		return LintedStatement.highest(this.statements.stream().map(LintedStatement::risk));
	}

	/**
	 * Return the statements classified RISKY or DESTRUCTIVE.
	 * @return the flagged statements, in script order
	 */
	public List<LintedStatement> flagged() {
		return this.statements.stream().filter((statement) -> statement.risk() != FixRisk.SAFE).toList();
	}

}

package dev.startupguard.migration.lint;

/**
 * A statement of a script that the parser could not read: its level is unknown, and it is
 * reported as such rather than guessed.
 *
 * @param scriptName the script's name
 * @param line the line the statement starts on, from 1
 * @param sql the statement as written, trimmed, without its delimiter
 * @param reason why the parser could not read it
 * @author Startup Guard contributors
 * @since 0.1.0
 */
public record NotLintedStatement(String scriptName, int line, String sql, String reason) {

	/**
	 * Return the statement on one line, shortened for a log line or a report.
	 * @return the summary
	 */
	public String summary() {
		return LintedStatement.summarize(this.sql);
	}

}

package dev.startupguard.migration.lint;

import java.util.List;
import java.util.stream.Stream;

import dev.startupguard.report.FixRisk;

/**
 * A statement of a script that the parser read, with the rules it breaks.
 *
 * @param scriptName the script's name
 * @param line the line the statement starts on, from 1
 * @param sql the statement as written, trimmed, without its delimiter
 * @param violations the rules it breaks, empty when it is safe
 * @author Startup Guard contributors
 * @since 0.1.0
 */
public record LintedStatement(String scriptName, int line, String sql, List<LintViolation> violations) {

	private static final int SUMMARY_LENGTH = 120;

	public LintedStatement {
		violations = List.copyOf(violations);
	}

	/**
	 * Return the statement's level: the highest level among the rules it breaks.
	 * @return the level, {@link FixRisk#SAFE} when it breaks none
	 */
	public FixRisk risk() {
		return highest(this.violations.stream().map(LintViolation::risk));
	}

	/**
	 * Return the statement on one line, shortened for a log line or a report.
	 * @return the summary
	 */
	public String summary() {
		return summarize(this.sql);
	}

	static FixRisk highest(Stream<FixRisk> risks) {
		return risks.reduce(FixRisk.SAFE, (a, b) -> (a.compareTo(b) >= 0) ? a : b);
	}

	static String summarize(String sql) {
		String line = String.join(" ", sql.strip().split("\\s+"));
		return (line.length() <= SUMMARY_LENGTH) ? line : line.substring(0, SUMMARY_LENGTH - 3) + "...";
	}

}

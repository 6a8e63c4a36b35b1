package dev.startupguard.policy;

import java.util.List;

/**
 * Renders schema-mutating settings as text, the same way in the failure analysis and in
 * the log.
 *
 * @author Startup Guard contributors
 */
final class SchemaMutationText {

	private static final String INDENT = "    ";

	private SchemaMutationText() {
	}

	/**
	 * Render each setting as a block: the setting, then where it comes from, what it does
	 * and what to use instead.
	 * @param mutations the settings
	 * @return the blocks, separated by blank lines
	 */
	static String blocks(List<SchemaMutation> mutations) {
		String n = System.lineSeparator();
		StringBuilder text = new StringBuilder();
		for (SchemaMutation mutation : mutations) {
			if (!text.isEmpty()) {
				text.append(n).append(n);
			}
			text.append(INDENT).append(mutation.assignment());
			text.append(n).append(INDENT).append(INDENT).append("from:    ").append(mutation.source());
			text.append(n).append(INDENT).append(INDENT).append("effect:  ").append(mutation.effect());
			text.append(n).append(INDENT).append(INDENT).append("instead: ").append(mutation.instead());
		}
		return text.toString();
	}

	/**
	 * Render the settings on one line: each with where it comes from.
	 * @param mutations the settings
	 * @return the line
	 */
	static String line(List<SchemaMutation> mutations) {
		StringBuilder text = new StringBuilder();
		for (SchemaMutation mutation : mutations) {
			if (!text.isEmpty()) {
				text.append("; ");
			}
			text.append(mutation.assignment()).append(" (").append(mutation.source()).append(')');
		}
		return text.toString();
	}

	/**
	 * Return "1 setting" or "n settings".
	 * @param count the count
	 * @return the phrase
	 */
	static String settings(int count) {
		return count + ((count == 1) ? " setting" : " settings");
	}

}

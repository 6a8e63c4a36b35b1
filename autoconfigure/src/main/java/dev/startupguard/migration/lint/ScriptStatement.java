package dev.startupguard.migration.lint;

import java.util.List;

/**
 * One statement of a script as the splitter found it.
 *
 * @param line the line the statement starts on, from 1
 * @param text the statement as written, comments included, without its delimiter
 * @param sql the statement for the parser: comments blanked, MySQL conditional comments
 * unwrapped
 * @param words the bare words of {@code sql} outside strings and quoted identifiers, in
 * order
 * @author Startup Guard contributors
 */
record ScriptStatement(int line, String text, String sql, List<Word> words) {

	ScriptStatement {
		words = List.copyOf(words);
	}

	/**
	 * A bare word (keyword or unquoted identifier) of a statement.
	 *
	 * @param upper the word in upper case
	 * @param start its offset in the statement's {@code sql}
	 * @param end the offset after it
	 * @param depth the depth of parentheses it sits in
	 */
	record Word(String upper, int start, int end, int depth) {

		boolean is(String keyword) {
			return this.upper.equals(keyword);
		}

	}

}

package dev.startupguard.migration.lint;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import net.sf.jsqlparser.parser.CCJSqlParser;
import net.sf.jsqlparser.parser.CCJSqlParserUtil;
import net.sf.jsqlparser.parser.ParseException;
import net.sf.jsqlparser.statement.Statement;
import net.sf.jsqlparser.statement.execute.Execute;
import org.jspecify.annotations.Nullable;

import dev.startupguard.migration.lint.ScriptStatement.Word;
import dev.startupguard.schema.DatabaseFamily;

/**
 * A statement as JSqlParser read it, or why it could not, with the clauses JSqlParser
 * does not model but the lint needs.
 *
 * <p>
 * JSqlParser 5.4 rejects four common forms: PostgreSQL's trailing {@code NOT VALID},
 * PostgreSQL's {@code DROP INDEX CONCURRENTLY} (it reads {@code CONCURRENTLY} as the
 * index name), PostgreSQL's {@code ALTER COLUMN ... SET DATA TYPE} and MySQL's
 * {@code DROP FOREIGN KEY name}. The splitter's words, which lie outside strings,
 * comments and quoted identifiers, locate these clauses; they are taken out and kept as
 * flags (or read as their synonyms {@code TYPE} and {@code DROP CONSTRAINT}), and the
 * parser reads the rest.
 *
 * @param statement the parsed statement, {@code null} when the parser failed
 * @param failure why the statement is not linted: the parser's reason, or that it runs a
 * stored procedure; {@code null} when it was read
 * @param notValid whether a PostgreSQL constraint is added {@code NOT VALID}
 * @param concurrently whether a PostgreSQL index is dropped {@code CONCURRENTLY}
 * @author Startup Guard contributors
 */
record ParsedStatement(@Nullable Statement statement, @Nullable String failure, boolean notValid,
		boolean concurrently) {

	// beyond this depth JSqlParser's complex mode may take very long: read such a
	// statement
	// in simple mode only, as JSqlParser's own entry point does
	private static final int MAX_COMPLEX_NESTING = 10;

	static final String STORED_PROCEDURE = "runs a stored procedure, whose statements the lint cannot see";

	static ParsedStatement parse(ScriptStatement statement, DatabaseFamily family) {
		List<Word> words = statement.words();
		List<Edit> edits = new ArrayList<>();
		boolean notValid = false;
		boolean concurrently = false;
		int size = words.size();
		if (family != DatabaseFamily.MYSQL && size > 2 && words.get(size - 2).is("NOT")
				&& words.get(size - 1).is("VALID") && words.get(size - 1).depth() == 0
				&& words.get(size - 1).end() == statement.sql().length()) {
			edits.add(new Edit(words.get(size - 2).start(), words.get(size - 1).end(), ""));
			notValid = true;
		}
		if (family != DatabaseFamily.MYSQL && size > 3 && words.get(0).is("DROP") && words.get(1).is("INDEX")
				&& words.get(2).is("CONCURRENTLY")) {
			edits.add(new Edit(words.get(2).start(), words.get(2).end(), ""));
			concurrently = true;
		}
		for (int i = 0; i + 2 < size; i++) {
			if (words.get(i).depth() != 0) {
				continue;
			}
			if (words.get(i).is("DROP") && words.get(i + 1).is("FOREIGN") && words.get(i + 2).is("KEY")) {
				edits.add(new Edit(words.get(i + 1).start(), words.get(i + 2).end(), "CONSTRAINT"));
			}
			if (words.get(i).is("SET") && words.get(i + 1).is("DATA") && words.get(i + 2).is("TYPE")) {
				edits.add(new Edit(words.get(i).start(), words.get(i + 1).end(), ""));
			}
		}
		String sql = apply(statement.sql(), edits);
		// MySQL strings escape with backslashes, and so do PostgreSQL's E'...' strings
		boolean backslashEscapes = family == DatabaseFamily.MYSQL || words.stream()
			.anyMatch(
					(word) -> word.is("E") && word.end() < sql.length() && statement.sql().charAt(word.end()) == '\'');
		try {
			Statement parsed = read(sql, backslashEscapes);
			if (parsed instanceof Execute) {
				return new ParsedStatement(null, STORED_PROCEDURE, notValid, concurrently);
			}
			return new ParsedStatement(parsed, null, notValid, concurrently);
		}
		catch (ParseException | RuntimeException ex) {
			return new ParsedStatement(null, reason(ex), notValid, concurrently);
		}
	}

	private static Statement read(String sql, boolean backslashEscapes) throws ParseException {
		// JSqlParser's own entry point runs the parser on a thread of its own with a
		// time-out;
		// calling it directly keeps the lint deterministic and on the caller's thread
		try {
			return parser(sql, backslashEscapes).withAllowComplexParsing(false).Statement();
		}
		catch (ParseException | RuntimeException ex) {
			if (CCJSqlParserUtil.getNestingDepth(sql) > MAX_COMPLEX_NESTING) {
				throw ex;
			}
			return parser(sql, backslashEscapes).withAllowComplexParsing(true).Statement();
		}
	}

	private static CCJSqlParser parser(String sql, boolean backslashEscapes) {
		CCJSqlParser parser = CCJSqlParserUtil.newParser(sql);
		return parser.withBackslashEscapeCharacter(backslashEscapes);
	}

	private static String reason(Exception ex) {
		String message = (ex.getMessage() != null) ? ex.getMessage() : ex.getClass().getSimpleName();
		return message.strip().lines().findFirst().orElse(message).strip();
	}

	private static String apply(String sql, List<Edit> edits) {
		StringBuilder result = new StringBuilder(sql);
		edits.stream()
			.sorted(Comparator.comparingInt(Edit::start).reversed())
			.forEach((edit) -> result.replace(edit.start(), edit.end(), edit.replacement()));
		return result.toString();
	}

	private record Edit(int start, int end, String replacement) {

	}

}

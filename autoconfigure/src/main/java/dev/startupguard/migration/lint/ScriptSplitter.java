package dev.startupguard.migration.lint;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.jspecify.annotations.Nullable;

import dev.startupguard.migration.lint.ScriptStatement.Word;
import dev.startupguard.schema.DatabaseFamily;

/**
 * Splits a script into statements the way its database's client (and Flyway) sends them:
 * delimiters inside comments, strings, quoted identifiers, PostgreSQL dollar quotes,
 * parentheses and stored-program bodies do not end a statement, and MySQL's
 * {@code DELIMITER} command changes the delimiter for the rest of the script.
 *
 * @author Startup Guard contributors
 */
final class ScriptSplitter {

	private static final Set<String> STORED_PROGRAMS = Set.of("PROCEDURE", "FUNCTION", "EVENT", "TRIGGER");

	private static final Set<String> NOT_STORED_PROGRAMS = Set.of("TABLE", "VIEW", "INDEX", "UNIQUE", "DATABASE",
			"SCHEMA", "USER", "SEQUENCE", "ROLE", "SERVER", "TABLESPACE");

	// MySQL closes these with END IF, END LOOP...: they never opened a block the splitter
	// counts, so the END in front of them closes nothing
	private static final Set<String> UNCOUNTED_BLOCK_ENDS = Set.of("IF", "LOOP", "REPEAT", "WHILE");

	private final DatabaseFamily family;

	ScriptSplitter(DatabaseFamily family) {
		this.family = family;
	}

	List<ScriptStatement> split(String script) {
		return new Scan(script).run();
	}

	private boolean mysql() {
		return this.family == DatabaseFamily.MYSQL;
	}

	private boolean postgres() {
		return this.family == DatabaseFamily.POSTGRESQL;
	}

	private final class Scan {

		private final String script;

		private final List<ScriptStatement> statements = new ArrayList<>();

		private int pos;

		private int line = 1;

		private String delimiter = ";";

		private final StringBuilder sql = new StringBuilder();

		private final List<Word> words = new ArrayList<>();

		private int textStart = -1;

		private int textEnd;

		private int startLine;

		private int parens;

		private int blocks;

		private boolean pendingEnd;

		private boolean inDirective;

		Scan(String script) {
			this.script = script;
		}

		List<ScriptStatement> run() {
			while (this.pos < this.script.length()) {
				step();
			}
			resolvePendingEnd(null);
			finish();
			return this.statements;
		}

		private void step() {
			char c = this.script.charAt(this.pos);
			if (mysql() && this.textStart < 0 && startsWithCommand("DELIMITER")) {
				readDelimiterCommand();
			}
			else if (this.inDirective && this.script.startsWith("*/", this.pos)) {
				this.inDirective = false;
				this.pos += 2;
				this.textEnd = this.pos;
				this.sql.append(' ');
			}
			else if (this.script.startsWith("--", this.pos)
					|| (mysql() && c == '#' && !this.delimiter.startsWith("#"))) {
				skipLineComment();
			}
			else if (this.script.startsWith("/*", this.pos)) {
				blockComment();
			}
			else if (this.script.startsWith(this.delimiter, this.pos)) {
				delimiter();
			}
			else if (Character.isWhitespace(c)) {
				whitespace(c);
			}
			else {
				content(c);
			}
		}

		private void content(char c) {
			beginContent();
			int start = this.pos;
			String dollarTag = (c == '$' && !mysql()) ? dollarTag() : null;
			if (c == '\'') {
				quoted('\'', mysql());
			}
			else if (c == '"') {
				// an identifier on PostgreSQL and H2, a string on MySQL
				quoted('"', mysql());
			}
			else if (c == '`' && mysql()) {
				quoted('`', false);
			}
			else if (dollarTag != null) {
				dollarQuoted(dollarTag);
			}
			else if (isWordStart(c)) {
				word();
				return;
			}
			else {
				resolvePendingEnd(null);
				this.parens += (c == '(') ? 1 : (c == ')') ? -1 : 0;
				this.pos++;
			}
			append(start);
		}

		private void append(int start) {
			String part = this.script.substring(start, this.pos);
			this.sql.append(part);
			this.line += count(part, '\n');
			this.textEnd = this.pos;
		}

		private void beginContent() {
			if (this.textStart < 0) {
				this.textStart = this.pos;
				this.startLine = this.line;
			}
		}

		private void whitespace(char c) {
			if (this.textStart >= 0) {
				this.sql.append(c);
			}
			if (c == '\n') {
				this.line++;
			}
			this.pos++;
		}

		private void delimiter() {
			resolvePendingEnd(null);
			if (this.parens <= 0 && this.blocks <= 0) {
				this.pos += this.delimiter.length();
				finish();
				return;
			}
			beginContent();
			int start = this.pos;
			this.pos += this.delimiter.length();
			append(start);
		}

		private void word() {
			int start = this.pos;
			while (this.pos < this.script.length() && isWordPart(this.script.charAt(this.pos))) {
				this.pos++;
			}
			String upper = this.script.substring(start, this.pos).toUpperCase(Locale.ROOT);
			int offset = this.sql.length();
			append(start);
			Word word = new Word(upper, offset, this.sql.length(), this.parens);
			if (upper.equals("E") && postgres() && peek('\'')) {
				// an escape string constant: backslashes escape, so \' does not end it
				int stringStart = this.pos;
				quoted('\'', true);
				append(stringStart);
			}
			adjustBlocks(word);
			this.words.add(word);
		}

		private void adjustBlocks(Word word) {
			if (postgres()) {
				adjustPostgresBlocks(word);
			}
			else if (mysql() && word.depth() == 0) {
				adjustMysqlBlocks(word);
			}
		}

		private void adjustPostgresBlocks(Word word) {
			// SQL-standard function bodies (BEGIN ATOMIC ... END) hold statements of
			// their own
			if (word.is("ATOMIC") && lastWordIs("BEGIN")) {
				this.blocks++;
			}
			else if (this.blocks > 0 && word.is("CASE")) {
				this.blocks++;
			}
			else if (this.blocks > 0 && word.is("END")) {
				this.blocks--;
			}
		}

		private void adjustMysqlBlocks(Word word) {
			boolean afterEnd = this.pendingEnd;
			resolvePendingEnd(word);
			if (word.is("BEGIN") && isStoredProgram()) {
				this.blocks++;
			}
			else if (word.is("CASE") && !afterEnd) {
				this.blocks++;
			}
			else if (word.is("END") && this.blocks > 0) {
				// whether this END closes a block depends on the word after it
				this.pendingEnd = true;
			}
		}

		private void resolvePendingEnd(@Nullable Word next) {
			if (this.pendingEnd) {
				this.pendingEnd = false;
				if (next == null || !UNCOUNTED_BLOCK_ENDS.contains(next.upper())) {
					this.blocks--;
				}
			}
		}

		private boolean isStoredProgram() {
			if (this.words.isEmpty() || !this.words.get(0).is("CREATE")) {
				return false;
			}
			for (int i = 1; i < Math.min(this.words.size(), 8); i++) {
				String upper = this.words.get(i).upper();
				if (STORED_PROGRAMS.contains(upper)) {
					return true;
				}
				if (NOT_STORED_PROGRAMS.contains(upper)) {
					return false;
				}
			}
			return false;
		}

		private boolean lastWordIs(String upper) {
			return !this.words.isEmpty() && this.words.get(this.words.size() - 1).is(upper);
		}

		private void quoted(char quote, boolean backslashEscapes) {
			this.pos++;
			while (this.pos < this.script.length()) {
				char c = this.script.charAt(this.pos);
				if (backslashEscapes && c == '\\') {
					this.pos += 2;
				}
				else if (c == quote && peekAt(this.pos + 1, quote)) {
					this.pos += 2;
				}
				else {
					this.pos++;
					if (c == quote) {
						return;
					}
				}
			}
			this.pos = Math.min(this.pos, this.script.length());
		}

		private @Nullable String dollarTag() {
			if (this.pos > 0 && isWordPart(this.script.charAt(this.pos - 1))) {
				// $ inside an identifier such as a$b
				return null;
			}
			int end = this.pos + 1;
			while (end < this.script.length() && isWordPart(this.script.charAt(end))
					&& this.script.charAt(end) != '$') {
				end++;
			}
			if (end >= this.script.length() || this.script.charAt(end) != '$') {
				return null;
			}
			if (end > this.pos + 1 && Character.isDigit(this.script.charAt(this.pos + 1))) {
				// $1 is a parameter, not a tag
				return null;
			}
			return this.script.substring(this.pos, end + 1);
		}

		private void dollarQuoted(String tag) {
			int close = this.script.indexOf(tag, this.pos + tag.length());
			this.pos = (close >= 0) ? close + tag.length() : this.script.length();
		}

		private void skipLineComment() {
			while (this.pos < this.script.length() && this.script.charAt(this.pos) != '\n') {
				this.pos++;
			}
		}

		private void blockComment() {
			if (mysql() && peekAt(this.pos + 2, '!')) {
				// MySQL runs the content of /*!NNNNN ... */ as part of the statement
				beginContent();
				this.pos += 3;
				while (this.pos < this.script.length() && Character.isDigit(this.script.charAt(this.pos))) {
					this.pos++;
				}
				this.sql.append(' ');
				this.inDirective = true;
				return;
			}
			// PostgreSQL and H2 nest block comments, MySQL ends them at the first */
			boolean nested = !mysql();
			int depth = 0;
			while (this.pos < this.script.length()) {
				if (this.script.startsWith("/*", this.pos) && (depth == 0 || nested)) {
					depth++;
					this.pos += 2;
				}
				else if (this.script.startsWith("*/", this.pos)) {
					depth--;
					this.pos += 2;
					if (depth == 0) {
						break;
					}
				}
				else {
					if (this.script.charAt(this.pos) == '\n') {
						this.line++;
					}
					this.pos++;
				}
			}
			if (this.textStart >= 0) {
				this.sql.append(' ');
			}
		}

		private boolean startsWithCommand(String command) {
			int end = this.pos + command.length();
			return this.script.regionMatches(true, this.pos, command, 0, command.length()) && end < this.script.length()
					&& (this.script.charAt(end) == ' ' || this.script.charAt(end) == '\t');
		}

		private void readDelimiterCommand() {
			int end = this.pos;
			while (end < this.script.length() && this.script.charAt(end) != '\n' && this.script.charAt(end) != '\r') {
				end++;
			}
			String value = this.script.substring(this.pos + "DELIMITER".length(), end).trim();
			if (!value.isEmpty()) {
				this.delimiter = value;
			}
			this.pos = end;
		}

		private void finish() {
			if (this.textStart >= 0) {
				String text = this.script.substring(this.textStart, this.textEnd).strip();
				this.statements
					.add(new ScriptStatement(this.startLine, text, this.sql.toString().stripTrailing(), this.words));
			}
			this.sql.setLength(0);
			this.words.clear();
			this.textStart = -1;
			this.parens = 0;
			this.blocks = 0;
			this.pendingEnd = false;
			this.inDirective = false;
		}

		private boolean peek(char c) {
			return peekAt(this.pos, c);
		}

		private boolean peekAt(int index, char c) {
			return index < this.script.length() && this.script.charAt(index) == c;
		}

		private static boolean isWordStart(char c) {
			return Character.isLetter(c) || c == '_';
		}

		private static boolean isWordPart(char c) {
			return Character.isLetterOrDigit(c) || c == '_' || c == '$';
		}

		private static int count(String text, char c) {
			int count = 0;
			for (int i = 0; i < text.length(); i++) {
				if (text.charAt(i) == c) {
					count++;
				}
			}
			return count;
		}

	}

}

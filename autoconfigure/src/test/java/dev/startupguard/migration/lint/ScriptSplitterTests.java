package dev.startupguard.migration.lint;

import java.util.List;

import org.junit.jupiter.api.Test;

import dev.startupguard.schema.DatabaseFamily;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

/**
 * Tests for {@link ScriptSplitter}.
 */
class ScriptSplitterTests {

	private final ScriptSplitter postgres = new ScriptSplitter(DatabaseFamily.POSTGRESQL);

	private final ScriptSplitter mysql = new ScriptSplitter(DatabaseFamily.MYSQL);

	private final ScriptSplitter generic = new ScriptSplitter(DatabaseFamily.H2);

	@Test
	void splitsOnSemicolonsWithTheLineEachStatementStartsOn() {
		String script = """
				-- create the table
				CREATE TABLE a (id int);

				/* then
				   the index */
				CREATE INDEX a_id ON a (id);   INSERT INTO a VALUES (1)
				""";
		assertThat(this.postgres.split(script)).extracting(ScriptStatement::line, ScriptStatement::text)
			.containsExactly(tuple(2, "CREATE TABLE a (id int)"), tuple(6, "CREATE INDEX a_id ON a (id)"),
					tuple(6, "INSERT INTO a VALUES (1)"));
	}

	@Test
	void semicolonsInStringsIdentifiersAndCommentsDoNotSplit() {
		String script = """
				INSERT INTO "odd;name" VALUES ('a;b', 'it''s; fine'); -- a comment; with a semicolon
				/* a comment; /* nested; */ still; a comment */ SELECT 2;
				""";
		assertThat(texts(this.postgres.split(script)))
			.containsExactly("INSERT INTO \"odd;name\" VALUES ('a;b', 'it''s; fine')", "SELECT 2");
	}

	@Test
	void commentsAreBlankedForTheParserButKeptInTheText() {
		ScriptStatement statement = this.postgres.split("ALTER TABLE a /* why */ ADD b int -- note\n;").get(0);
		assertThat(statement.text()).isEqualTo("ALTER TABLE a /* why */ ADD b int");
		assertThat(statement.sql()).doesNotContain("why").doesNotContain("note");
	}

	@Test
	void dollarQuotedBodiesAndDoBlocksAreOneStatement() {
		String script = """
				CREATE FUNCTION touch() RETURNS trigger AS $$
				BEGIN
				  NEW.updated := now();
				  RETURN NEW;
				END;
				$$ LANGUAGE plpgsql;
				DO $body$
				BEGIN
				  PERFORM 1; RAISE NOTICE 'a $$ inside; a tagged quote';
				END
				$body$;
				SELECT $1a$;
				""";
		List<ScriptStatement> statements = this.postgres.split(script);
		assertThat(statements).extracting(ScriptStatement::line).containsExactly(1, 7, 12);
		assertThat(statements.get(0).text()).endsWith("$$ LANGUAGE plpgsql");
		assertThat(statements.get(1).text()).startsWith("DO $body$").endsWith("$body$");
	}

	@Test
	void beginAtomicBodiesAreOneStatement() {
		String script = """
				CREATE FUNCTION one() RETURNS int LANGUAGE sql
				BEGIN ATOMIC
				  SELECT CASE WHEN true THEN 1 ELSE 2 END;
				  SELECT 1;
				END;
				SELECT one();
				""";
		assertThat(this.postgres.split(script)).extracting(ScriptStatement::line).containsExactly(1, 6);
	}

	@Test
	void escapeStringsOnPostgresHonourBackslashes() {
		assertThat(texts(this.postgres.split("SELECT E'a\\'; b'; SELECT 'c\\'; SELECT 3;")))
			.containsExactly("SELECT E'a\\'; b'", "SELECT 'c\\'", "SELECT 3");
	}

	@Test
	void mysqlHashCommentsBackticksAndBackslashEscapes() {
		String script = """
				# a comment; with a semicolon
				INSERT INTO `odd;name` VALUES ('a\\';b', "c;d"); # trailing; comment
				SELECT 1;
				""";
		assertThat(this.mysql.split(script)).extracting(ScriptStatement::line, ScriptStatement::text)
			.containsExactly(tuple(2, "INSERT INTO `odd;name` VALUES ('a\\';b', \"c;d\")"), tuple(3, "SELECT 1"));
	}

	@Test
	void mysqlDelimiterCommandChangesTheDelimiter() {
		String script = """
				DELIMITER //
				CREATE PROCEDURE p()
				BEGIN
				  SELECT 1;
				  SELECT 2;
				END //
				DELIMITER ;
				CALL p();
				""";
		assertThat(this.mysql.split(script)).extracting(ScriptStatement::line, ScriptStatement::text)
			.containsExactly(tuple(2, "CREATE PROCEDURE p()\nBEGIN\n  SELECT 1;\n  SELECT 2;\nEND"),
					tuple(8, "CALL p()"));
	}

	@Test
	void mysqlStoredProgramBodiesWithoutDelimiterAreOneStatement() {
		String script = """
				CREATE TRIGGER t_bi BEFORE INSERT ON t FOR EACH ROW
				BEGIN
				  IF NEW.a IS NULL THEN
				    SET NEW.a = CASE WHEN NEW.b > 0 THEN 1 ELSE 0 END;
				  END IF;
				  CASE NEW.b WHEN 1 THEN SET NEW.c = 1; ELSE SET NEW.c = 2; END CASE;
				END;
				SELECT CASE WHEN 1 THEN 2 END;
				BEGIN;
				SELECT 3;
				""";
		assertThat(this.mysql.split(script)).extracting(ScriptStatement::line).containsExactly(1, 8, 9, 10);
	}

	@Test
	void mysqlConditionalCommentsStayInTheStatement() {
		ScriptStatement statement = this.mysql.split("/*!40101 SET NAMES utf8mb4 */;\n/* plain */;").get(0);
		assertThat(statement.text()).isEqualTo("/*!40101 SET NAMES utf8mb4 */");
		assertThat(statement.sql()).contains("SET NAMES utf8mb4").doesNotContain("40101");
		assertThat(this.mysql.split("/*!40101 SET NAMES utf8mb4 */;\n/* plain */;")).hasSize(1);
	}

	@Test
	void mysqlDoesNotNestBlockCommentsNorKnowDollarQuotes() {
		assertThat(texts(this.mysql.split("/* a /* b */ SELECT 1; SELECT '$$'; SELECT $$;")))
			.containsExactly("SELECT 1", "SELECT '$$'", "SELECT $$");
	}

	@Test
	void semicolonInsideParenthesesDoesNotSplit() {
		assertThat(this.generic.split("CALL f(1; 2); SELECT 1")).hasSize(2);
	}

	@Test
	void emptyStatementsAndTrailingCommentsAreDropped() {
		assertThat(texts(this.generic.split(";; SELECT 1;\n-- end\n/* really */"))).containsExactly("SELECT 1");
	}

	@Test
	void anUnterminatedLastStatementIsKept() {
		assertThat(texts(this.generic.split("SELECT 1;\nSELECT 'open"))).containsExactly("SELECT 1", "SELECT 'open");
	}

	@Test
	void wordsOutsideQuotesCarryTheirOffsetAndDepth() {
		ScriptStatement statement = this.postgres.split("ALTER TABLE \"not\" ADD CHECK (a > 'valid') NOT VALID").get(0);
		assertThat(statement.words()).extracting(ScriptStatement.Word::upper, ScriptStatement.Word::depth)
			.containsExactly(tuple("ALTER", 0), tuple("TABLE", 0), tuple("ADD", 0), tuple("CHECK", 0), tuple("A", 1),
					tuple("NOT", 0), tuple("VALID", 0));
		ScriptStatement.Word not = statement.words().get(5);
		assertThat(statement.sql().substring(not.start(), not.end())).isEqualTo("NOT");
	}

	private static List<String> texts(List<ScriptStatement> statements) {
		return statements.stream().map(ScriptStatement::text).toList();
	}

}

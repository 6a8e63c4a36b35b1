package dev.startupguard.migration.lint;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import dev.startupguard.schema.DatabaseFamily;
import dev.startupguard.testdb.TestDatabase;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Runs the statements the splitter makes of representative scripts on real PostgreSQL and
 * MariaDB: the database accepts each one as it was split, the lint calls them safe, and
 * bodies and strings holding delimiters arrive whole.
 */
class MigrationLintIntegrationTests {

	private static final List<String> SCRIPTS = List.of("V1__schema.sql", "V2__online_changes.sql");

	@Test
	void postgresRunsEveryStatementAsSplitAndEachIsSafe() throws Exception {
		try (TestDatabase database = TestDatabase.postgres("lint")) {
			List<NotLintedStatement> notLinted = lintAndRun(database, "postgresql");
			// PL/pgSQL in a DO block is beyond the parser: reported, not guessed
			assertThat(notLinted).extracting(NotLintedStatement::line).containsExactly(40);
			assertThat(query(database, "SELECT order_label('x')")).isEqualTo("order; x $$ ");
			assertThat(query(database, "SELECT string_agg(name, '|' ORDER BY id) FROM customer"))
				.isEqualTo("Ada; Lovelace|Grace's; shop");
			assertThat(query(database, "SELECT count(*) FROM orders WHERE state = 'PAID' AND updated IS NOT NULL"))
				.isEqualTo("2");
			assertThat(query(database, "SELECT count(*) FROM pg_index WHERE NOT indisvalid")).isEqualTo("0");
		}
	}

	@Test
	void mariaDbRunsEveryStatementAsSplitAndEachIsSafe() throws Exception {
		try (TestDatabase database = TestDatabase.mariadb("lint")) {
			List<NotLintedStatement> notLinted = lintAndRun(database, "mysql");
			// a trigger body with IF ... END IF is beyond the parser: reported, not
			// guessed
			assertThat(notLinted).extracting(NotLintedStatement::line).containsExactly(22);
			assertThat(query(database, "SELECT group_concat(name ORDER BY id SEPARATOR '|') FROM customer"))
				.isEqualTo("Ada; Lovelace|Grace's; shop|Edsger; EWD");
			assertThat(query(database, "SELECT group_concat(label ORDER BY id SEPARATOR '|') FROM orders"))
				.isEqualTo("new; order|new; order|new; order");
			database.execute("CALL count_orders(@total)");
			assertThat(query(database, "SELECT count(*) FROM orders WHERE state = 'PAID'")).isEqualTo("3");
		}
	}

	private List<NotLintedStatement> lintAndRun(TestDatabase database, String directory) throws IOException {
		DatabaseFamily family = database.family();
		MigrationLinter linter = MigrationLinter.forFamily(family);
		List<NotLintedStatement> notLinted = new ArrayList<>();
		for (String name : SCRIPTS) {
			String script = read("migration-lint/" + directory + "/" + name);
			LintReport report = linter.lint(name, script);
			assertThat(report.flagged()).as(name).isEmpty();
			List<ScriptStatement> statements = new ScriptSplitter(family).split(script);
			assertThat(statements).hasSize(report.statements().size() + report.notLinted().size());
			database.execute(statements.stream().map(ScriptStatement::text).toArray(String[]::new));
			notLinted.addAll(report.notLinted());
		}
		return notLinted;
	}

	private static String query(TestDatabase database, String sql) throws SQLException {
		try (Connection connection = database.dataSource().getConnection();
				Statement statement = connection.createStatement();
				ResultSet result = statement.executeQuery(sql)) {
			assertThat(result.next()).isTrue();
			return result.getString(1);
		}
	}

	private static String read(String resource) throws IOException {
		try (InputStream input = MigrationLintIntegrationTests.class.getClassLoader().getResourceAsStream(resource)) {
			assertThat(input).as(resource).isNotNull();
			return new String(input.readAllBytes(), StandardCharsets.UTF_8);
		}
	}

}

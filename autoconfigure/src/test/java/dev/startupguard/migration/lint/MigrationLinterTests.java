package dev.startupguard.migration.lint;

import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.Test;

import dev.startupguard.report.FixRisk;
import dev.startupguard.schema.DatabaseFamily;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

/**
 * Tests for {@link MigrationLinter}: each rule's positive and negative cases on
 * PostgreSQL and MySQL (MariaDB) syntax.
 */
class MigrationLinterTests {

	private static final MigrationLinter POSTGRES = MigrationLinter.forFamily(DatabaseFamily.POSTGRESQL);

	private static final MigrationLinter MYSQL = MigrationLinter.forFamily(DatabaseFamily.MYSQL);

	@Test
	void h2AndOtherDatabasesGetNoOtherDatabasesSyntaxInTheirAdvice() {
		MigrationLinter h2 = MigrationLinter.forFamily(DatabaseFamily.H2);
		String script = "ALTER TABLE book ADD CONSTRAINT uk_book_isbn UNIQUE (isbn);\n"
				+ "ALTER TABLE loan ADD CONSTRAINT fk_loan_book FOREIGN KEY (book_id) REFERENCES book (id);\n"
				+ "ALTER TABLE loan ADD COLUMN due_on date NOT NULL;\n"
				+ "ALTER TABLE loan ALTER COLUMN note SET DATA TYPE varchar(400);";
		List<LintViolation> violations = h2.lint("V2__loans.sql", script)
			.statements()
			.stream()
			.flatMap((statement) -> statement.violations().stream())
			.toList();
		assertThat(violations).extracting(LintViolation::rule)
			.contains(LintRule.ADD_UNIQUE_CONSTRAINT, LintRule.ADD_FOREIGN_KEY, LintRule.ADD_NOT_NULL_COLUMN);
		assertThat(violations).allSatisfy(
				(violation) -> assertThat(violation.why() + " " + violation.recipe()).doesNotContain("ALGORITHM")
					.doesNotContain("MySQL")
					.doesNotContain("NOT VALID")
					.doesNotContain("CONCURRENTLY"));
	}

	@Test
	void dropTable() {
		assertRules(POSTGRES, "DROP TABLE orders", LintRule.DROP_TABLE);
		assertRules(MYSQL, "DROP TABLE IF EXISTS `orders`", LintRule.DROP_TABLE);
		assertRules(POSTGRES, "CREATE TABLE tmp (id int); DROP TABLE tmp");
		assertRules(MYSQL, "CREATE TABLE `tmp` (id int); DROP TABLE tmp");
	}

	@Test
	void dropColumn() {
		assertRules(POSTGRES, "ALTER TABLE orders DROP COLUMN note", LintRule.DROP_COLUMN);
		assertRules(MYSQL, "ALTER TABLE orders DROP COLUMN note", LintRule.DROP_COLUMN);
		assertRules(POSTGRES, "CREATE TABLE t (id int, note text); ALTER TABLE t DROP COLUMN note");
		assertRules(MYSQL, "ALTER TABLE orders DROP INDEX orders_note");
	}

	@Test
	void dropSchemaAndDatabase() {
		assertRules(POSTGRES, "DROP SCHEMA archive CASCADE", LintRule.DROP_SCHEMA);
		assertRules(MYSQL, "DROP DATABASE archive", LintRule.DROP_DATABASE);
		assertRules(POSTGRES, "DROP VIEW order_totals");
		assertRules(MYSQL, "DROP VIEW order_totals");
	}

	@Test
	void truncate() {
		assertRules(POSTGRES, "TRUNCATE TABLE orders CASCADE", LintRule.TRUNCATE);
		assertRules(MYSQL, "TRUNCATE TABLE orders", LintRule.TRUNCATE);
		assertRules(POSTGRES, "CREATE TABLE t (id int); TRUNCATE t");
		assertThat(POSTGRES.lint("V1__t.sql", "TRUNCATE TABLE orders CASCADE").statements().get(0).violations())
			.singleElement()
			.satisfies((violation) -> assertThat(violation.why()).contains("CASCADE"));
	}

	@Test
	void updateAndDeleteWithoutWhere() {
		assertRules(POSTGRES, "UPDATE orders SET state = 'NEW'", LintRule.UPDATE_WITHOUT_WHERE);
		assertRules(MYSQL, "DELETE FROM orders", LintRule.DELETE_WITHOUT_WHERE);
		assertRules(POSTGRES, "UPDATE orders SET state = 'NEW' WHERE state IS NULL");
		assertRules(MYSQL, "DELETE FROM orders WHERE id = 1");
		assertRules(MYSQL, "INSERT INTO orders (id) VALUES (1)");
		assertRules(POSTGRES, "CREATE TABLE t (id int); UPDATE t SET id = 1; DELETE FROM t");
	}

	@Test
	void addNotNullColumn() {
		assertRules(POSTGRES, "ALTER TABLE orders ADD COLUMN state varchar(20) NOT NULL", LintRule.ADD_NOT_NULL_COLUMN);
		assertRules(MYSQL, "ALTER TABLE orders ADD state varchar(20) NOT NULL", LintRule.ADD_NOT_NULL_COLUMN);
		assertRules(POSTGRES, "ALTER TABLE orders ADD COLUMN state varchar(20) NOT NULL DEFAULT 'NEW'");
		assertRules(MYSQL, "ALTER TABLE orders ADD COLUMN state varchar(20) NOT NULL DEFAULT 'NEW'");
		assertRules(POSTGRES, "ALTER TABLE orders ADD COLUMN state varchar(20)");
		assertRules(MYSQL, "ALTER TABLE orders ADD COLUMN seq bigint NOT NULL AUTO_INCREMENT");
		assertRules(POSTGRES, "CREATE TABLE t (id int); ALTER TABLE t ADD COLUMN state text NOT NULL");
	}

	@Test
	void addColumnWithVolatileDefault() {
		assertRules(POSTGRES, "ALTER TABLE orders ADD COLUMN token uuid DEFAULT gen_random_uuid()",
				LintRule.ADD_COLUMN_VOLATILE_DEFAULT);
		assertRules(POSTGRES, "ALTER TABLE orders ADD COLUMN seq bigserial", LintRule.ADD_COLUMN_VOLATILE_DEFAULT);
		assertRules(POSTGRES, "ALTER TABLE orders ADD COLUMN created timestamptz NOT NULL DEFAULT now()");
		assertRules(MYSQL, "ALTER TABLE orders ADD COLUMN token char(36) DEFAULT (uuid())");
	}

	@Test
	void setNotNull() {
		assertRules(POSTGRES, "ALTER TABLE orders ALTER COLUMN state SET NOT NULL", LintRule.SET_NOT_NULL);
		assertRules(POSTGRES, "ALTER TABLE orders ALTER COLUMN state DROP NOT NULL");
		assertRules(POSTGRES, "ALTER TABLE orders ALTER COLUMN state SET DEFAULT 'NEW'");
	}

	@Test
	void changeColumnType() {
		assertRules(POSTGRES, "ALTER TABLE orders ALTER COLUMN total TYPE numeric(12, 2)", LintRule.CHANGE_COLUMN_TYPE);
		assertRules(POSTGRES, "ALTER TABLE orders ALTER COLUMN total SET DATA TYPE bigint",
				LintRule.CHANGE_COLUMN_TYPE);
		assertRules(MYSQL, "ALTER TABLE orders MODIFY COLUMN total decimal(12,2) NOT NULL",
				LintRule.CHANGE_COLUMN_TYPE);
		assertRules(MYSQL, "ALTER TABLE orders CHANGE total total bigint", LintRule.CHANGE_COLUMN_TYPE);
		assertRules(MYSQL, "CREATE TABLE t (a int); ALTER TABLE t MODIFY a bigint");
	}

	@Test
	void renameColumn() {
		assertRules(POSTGRES, "ALTER TABLE orders RENAME COLUMN note TO remark", LintRule.RENAME_COLUMN);
		assertRules(MYSQL, "ALTER TABLE orders RENAME COLUMN note TO remark", LintRule.RENAME_COLUMN);
		assertRules(MYSQL, "ALTER TABLE orders CHANGE note remark text", LintRule.RENAME_COLUMN,
				LintRule.CHANGE_COLUMN_TYPE);
		assertRules(POSTGRES, "CREATE TABLE t (a int); ALTER TABLE t RENAME COLUMN a TO b");
	}

	@Test
	void renameTable() {
		assertRules(POSTGRES, "ALTER TABLE orders RENAME TO purchase_orders", LintRule.RENAME_TABLE);
		assertRules(MYSQL, "RENAME TABLE orders TO purchase_orders", LintRule.RENAME_TABLE);
		assertRules(MYSQL, "CREATE TABLE t (a int); RENAME TABLE t TO u; DROP TABLE u");
	}

	@Test
	void createIndexNonConcurrently() {
		assertRules(POSTGRES, "CREATE INDEX orders_state ON orders (state)", LintRule.CREATE_INDEX_NON_CONCURRENTLY);
		assertRules(POSTGRES, "CREATE INDEX CONCURRENTLY orders_state ON orders (state)");
		assertRules(POSTGRES, "CREATE TABLE t (a int); CREATE INDEX t_a ON t (a)");
		// MySQL and MariaDB build a secondary index online
		assertRules(MYSQL, "CREATE INDEX orders_state ON orders (state)");
		assertRules(MYSQL, "ALTER TABLE orders ADD INDEX orders_state (state)");
	}

	@Test
	void dropIndexNonConcurrently() {
		assertRules(POSTGRES, "DROP INDEX orders_state", LintRule.DROP_INDEX_NON_CONCURRENTLY);
		assertRules(POSTGRES, "DROP INDEX CONCURRENTLY orders_state");
		assertRules(POSTGRES, "DROP INDEX CONCURRENTLY IF EXISTS orders_state");
		assertRules(POSTGRES, "CREATE INDEX CONCURRENTLY i ON orders (a); DROP INDEX i");
		assertRules(MYSQL, "DROP INDEX orders_state ON orders");
	}

	@Test
	void addUniqueConstraint() {
		assertRules(POSTGRES, "ALTER TABLE orders ADD CONSTRAINT orders_no UNIQUE (no)",
				LintRule.ADD_UNIQUE_CONSTRAINT);
		assertRules(POSTGRES, "CREATE UNIQUE INDEX CONCURRENTLY orders_no ON orders (no)",
				LintRule.ADD_UNIQUE_CONSTRAINT);
		assertRules(MYSQL, "ALTER TABLE orders ADD UNIQUE KEY orders_no (no)", LintRule.ADD_UNIQUE_CONSTRAINT);
		assertRules(MYSQL, "ALTER TABLE orders ADD PRIMARY KEY (id)", LintRule.ADD_UNIQUE_CONSTRAINT);
		assertRules(MYSQL, "CREATE UNIQUE INDEX orders_no ON orders (no)", LintRule.ADD_UNIQUE_CONSTRAINT);
		assertRules(POSTGRES, "CREATE TABLE t (no int); ALTER TABLE t ADD CONSTRAINT t_no UNIQUE (no)");
		assertRules(MYSQL, "CREATE TABLE t (no int); CREATE UNIQUE INDEX t_no ON t (no)");
	}

	@Test
	void addForeignKey() {
		assertRules(POSTGRES,
				"ALTER TABLE orders ADD CONSTRAINT orders_customer FOREIGN KEY (customer_id) REFERENCES customer (id)",
				LintRule.ADD_FOREIGN_KEY);
		assertRules(MYSQL,
				"ALTER TABLE orders ADD CONSTRAINT orders_customer FOREIGN KEY (customer_id) REFERENCES customer (id)",
				LintRule.ADD_FOREIGN_KEY);
		assertRules(POSTGRES, "ALTER TABLE orders ADD COLUMN customer_id bigint REFERENCES customer (id)",
				LintRule.ADD_FOREIGN_KEY);
		assertRules(POSTGRES, "ALTER TABLE orders ADD CONSTRAINT orders_customer FOREIGN KEY (customer_id) "
				+ "REFERENCES customer (id) NOT VALID");
		assertRules(POSTGRES, "ALTER TABLE orders VALIDATE CONSTRAINT orders_customer");
		assertRules(MYSQL, "CREATE TABLE line (id int, order_id int); "
				+ "ALTER TABLE line ADD CONSTRAINT line_order FOREIGN KEY (order_id) REFERENCES orders (id)");
	}

	@Test
	void addCheckConstraint() {
		assertRules(POSTGRES, "ALTER TABLE orders ADD CONSTRAINT orders_total CHECK (total >= 0)",
				LintRule.ADD_CHECK_CONSTRAINT);
		assertRules(MYSQL, "ALTER TABLE orders ADD CONSTRAINT orders_total CHECK (total >= 0)",
				LintRule.ADD_CHECK_CONSTRAINT);
		assertRules(POSTGRES, "ALTER TABLE orders ADD CONSTRAINT orders_total CHECK (total >= 0) NOT VALID");
	}

	@Test
	void dropConstraint() {
		assertRules(POSTGRES, "ALTER TABLE orders DROP CONSTRAINT orders_total", LintRule.DROP_CONSTRAINT);
		assertRules(MYSQL, "ALTER TABLE orders DROP FOREIGN KEY orders_customer", LintRule.DROP_CONSTRAINT);
		assertRules(MYSQL, "ALTER TABLE orders DROP PRIMARY KEY", LintRule.DROP_CONSTRAINT);
		assertRules(MYSQL, "CREATE TABLE t (id int, CONSTRAINT t_id UNIQUE (id)); ALTER TABLE t DROP CONSTRAINT t_id");
	}

	@Test
	void mysqlTableCopyAndLocks() {
		assertRules(MYSQL, "ALTER TABLE orders ADD COLUMN note text, ALGORITHM=COPY", LintRule.MYSQL_TABLE_COPY);
		assertRules(MYSQL, "ALTER TABLE orders ADD COLUMN note text, LOCK=EXCLUSIVE", LintRule.MYSQL_TABLE_COPY);
		assertRules(MYSQL, "ALTER TABLE orders ENGINE=InnoDB", LintRule.MYSQL_TABLE_COPY);
		assertRules(MYSQL, "ALTER TABLE orders ADD COLUMN note text, ALGORITHM=INPLACE, LOCK=NONE");
		assertRules(MYSQL, "ALTER TABLE orders ADD COLUMN note text, ALGORITHM=INSTANT");
	}

	@Test
	void postgresTypeAdvice() {
		assertRules(POSTGRES, "CREATE TABLE t (code char(3), at timestamp)", LintRule.CHAR_COLUMN,
				LintRule.TIMESTAMP_WITHOUT_TIME_ZONE);
		assertRules(POSTGRES, "CREATE TABLE t (code varchar(3), name character varying(9), at timestamptz, "
				+ "seen timestamp with time zone)");
		assertRules(MYSQL, "CREATE TABLE t (code char(3), at timestamp)");
		LintReport advised = POSTGRES.lint("V1__t.sql", "CREATE TABLE t (code char(3))");
		assertThat(advised.risk()).isEqualTo(FixRisk.SAFE);
		assertThat(advised.flagged()).isEmpty();
	}

	@Test
	void reportGivesEachStatementItsScriptLineTextAndLevel() {
		String script = """
				CREATE TABLE audit (id bigint);
				-- the old column goes
				ALTER TABLE orders
				  DROP COLUMN note;
				UPDATE orders SET state = 'NEW';
				""";
		LintReport report = POSTGRES.lint("V7__cleanup.sql", script);
		assertThat(report.statements())
			.extracting(LintedStatement::scriptName, LintedStatement::line, LintedStatement::sql, LintedStatement::risk)
			.containsExactly(tuple("V7__cleanup.sql", 1, "CREATE TABLE audit (id bigint)", FixRisk.SAFE),
					tuple("V7__cleanup.sql", 3, "ALTER TABLE orders\n  DROP COLUMN note", FixRisk.DESTRUCTIVE),
					tuple("V7__cleanup.sql", 5, "UPDATE orders SET state = 'NEW'", FixRisk.RISKY));
		assertThat(report.risk()).isEqualTo(FixRisk.DESTRUCTIVE);
		assertThat(report.flagged()).extracting(LintedStatement::line).containsExactly(3, 5);
		assertThat(report.statements().get(1).summary()).isEqualTo("ALTER TABLE orders DROP COLUMN note");
		LintViolation violation = report.statements().get(1).violations().get(0);
		assertThat(violation.why()).contains("note").contains("orders");
		assertThat(violation.recipe()).contains("Expand and contract");
		assertThat(report.notLinted()).isEmpty();
	}

	@Test
	void recipesFollowTheDialect() {
		assertThat(recipe(POSTGRES, "ALTER TABLE orders ALTER COLUMN state SET NOT NULL")).contains("NOT VALID")
			.contains("VALIDATE");
		assertThat(recipe(POSTGRES, "CREATE INDEX i ON orders (a)")).contains("CONCURRENTLY");
		assertThat(recipe(MYSQL, "ALTER TABLE orders MODIFY total bigint")).contains("ALGORITHM=INPLACE, LOCK=NONE");
		assertThat(recipe(MYSQL, "ALTER TABLE orders ADD CONSTRAINT c FOREIGN KEY (a) REFERENCES b (id)"))
			.contains("ALGORITHM=INPLACE, LOCK=NONE");
	}

	@Test
	void statementTheParserCannotReadIsNotLinted() {
		LintReport report = POSTGRES.lint("V2__odd.sql", "CREATE TABLE a (id int);\nFROBNICATE TABLE a;\nSELECT 1;");
		assertThat(report.statements()).extracting(LintedStatement::line).containsExactly(1, 3);
		assertThat(report.notLinted()).singleElement().satisfies((statement) -> {
			assertThat(statement.scriptName()).isEqualTo("V2__odd.sql");
			assertThat(statement.line()).isEqualTo(2);
			assertThat(statement.sql()).isEqualTo("FROBNICATE TABLE a");
			assertThat(statement.reason()).contains("FROBNICATE");
		});
	}

	@Test
	void postgresEscapeStringsAreRead() {
		assertRules(POSTGRES, "INSERT INTO note (text) VALUES (E'it\\'s; fine'), ('C:\\')");
	}

	@Test
	void procedureCallsAndDoBlocksAreNotLinted() {
		assertThat(MYSQL.lint("V3.sql", "CALL migrate_orders()").notLinted()).singleElement()
			.satisfies((statement) -> assertThat(statement.reason()).contains("stored procedure"));
		assertThat(POSTGRES.lint("V3.sql", "DO $$ BEGIN ALTER TABLE orders DROP COLUMN note; END $$").notLinted())
			.hasSize(1);
	}

	@Test
	void ruleIdsAreUniqueAndLowerCaseWithHyphens() {
		List<String> ids = Arrays.stream(LintRule.values()).map(LintRule::id).toList();
		assertThat(ids).doesNotHaveDuplicates().allMatch((id) -> id.matches("[a-z]+(-[a-z]+)*"));
		assertThat(LintRule.DROP_COLUMN.covers()).contains("squawk ban-drop-column", "Atlas DS103");
	}

	private static void assertRules(MigrationLinter linter, String script, LintRule... expected) {
		LintReport report = linter.lint("V1__test.sql", script);
		assertThat(report.notLinted()).isEmpty();
		LintedStatement last = report.statements().get(report.statements().size() - 1);
		assertThat(report.statements()).allSatisfy((statement) -> {
			if (statement != last) {
				assertThat(statement.violations()).isEmpty();
			}
		});
		assertThat(last.violations()).extracting(LintViolation::rule).containsExactly(expected);
	}

	private static String recipe(MigrationLinter linter, String statement) {
		return linter.lint("V1__test.sql", statement).statements().get(0).violations().get(0).recipe();
	}

}

package dev.startupguard.migration.lint;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import net.sf.jsqlparser.expression.Expression;
import net.sf.jsqlparser.expression.Function;
import net.sf.jsqlparser.schema.Table;
import net.sf.jsqlparser.statement.Statement;
import net.sf.jsqlparser.statement.alter.Alter;
import net.sf.jsqlparser.statement.alter.AlterExpression;
import net.sf.jsqlparser.statement.alter.AlterOperation;
import net.sf.jsqlparser.statement.alter.RenameTableStatement;
import net.sf.jsqlparser.statement.create.index.CreateIndex;
import net.sf.jsqlparser.statement.create.table.CheckConstraint;
import net.sf.jsqlparser.statement.create.table.ColumnDefinition;
import net.sf.jsqlparser.statement.create.table.ColumnOption;
import net.sf.jsqlparser.statement.create.table.CreateTable;
import net.sf.jsqlparser.statement.create.table.ForeignKeyIndex;
import net.sf.jsqlparser.statement.create.table.Index;
import net.sf.jsqlparser.statement.delete.Delete;
import net.sf.jsqlparser.statement.drop.Drop;
import net.sf.jsqlparser.statement.truncate.Truncate;
import net.sf.jsqlparser.statement.update.Update;
import org.jspecify.annotations.Nullable;

import dev.startupguard.schema.DatabaseFamily;

/**
 * The rules, applied to the statements of one script in order. The script's own tables
 * and indexes are remembered: nothing done to a table the same script created can hurt
 * data or traffic, since nothing uses it yet.
 *
 * @author Startup Guard contributors
 */
final class ScriptRules {

	// functions whose value PostgreSQL computes per row, so a default using them rewrites
	// the table; now() and CURRENT_TIMESTAMP are stable within the statement and do not
	private static final Set<String> VOLATILE_FUNCTIONS = Set.of("random", "gen_random_uuid", "uuid_generate_v1",
			"uuid_generate_v1mc", "uuid_generate_v4", "uuidv4", "uuidv7", "clock_timestamp", "timeofday", "nextval",
			"txid_current");

	private static final Set<String> SERIAL_TYPES = Set.of("serial", "bigserial", "smallserial", "serial2", "serial4",
			"serial8");

	private final DatabaseFamily family;

	private final Set<String> createdTables = new HashSet<>();

	private final Set<String> createdIndexes = new HashSet<>();

	ScriptRules(DatabaseFamily family) {
		this.family = family;
	}

	List<LintViolation> check(ParsedStatement parsed) {
		List<LintViolation> violations = new ArrayList<>();
		Statement statement = parsed.statement();
		if (statement instanceof CreateTable createTable) {
			this.createdTables.add(name(createTable.getTable()));
			if (createTable.getColumnDefinitions() != null) {
				createTable.getColumnDefinitions().forEach((column) -> adviseType(column, violations));
			}
		}
		else if (statement instanceof CreateIndex createIndex) {
			createIndex(createIndex, violations);
		}
		else if (statement instanceof Alter alter) {
			alter(alter, parsed.notValid(), violations);
		}
		else if (statement instanceof RenameTableStatement rename) {
			rename.getTableNames().forEach((entry) -> renameTable(entry.getKey(), entry.getValue(), violations));
		}
		else if (statement instanceof Drop drop) {
			drop(drop, parsed.concurrently(), violations);
		}
		else if (statement instanceof Truncate truncate) {
			truncate(truncate, violations);
		}
		else if (statement instanceof Update update && update.getWhere() == null && !created(update.getTable())) {
			violations.add(new LintViolation(LintRule.UPDATE_WITHOUT_WHERE,
					"Updates every row of " + update.getTable() + " in one transaction: it locks them all, "
							+ "and on a large table it runs long and bloats it.",
					"Update in batches by key range, each in its own transaction, or add the WHERE the change needs."));
		}
		else if (statement instanceof Delete delete && delete.getWhere() == null && !created(delete.getTable())) {
			violations.add(new LintViolation(LintRule.DELETE_WITHOUT_WHERE,
					"Deletes every row of " + delete.getTable() + ": the rows are gone once the migration commits.",
					"Add the WHERE the change needs; delete in batches if many rows go; back the table up first."));
		}
		return violations;
	}

	private void createIndex(CreateIndex createIndex, List<LintViolation> violations) {
		Index index = createIndex.getIndex();
		if (index.getName() != null) {
			this.createdIndexes.add(unquote(index.getName()));
		}
		if (created(createIndex.getTable())) {
			return;
		}
		String table = createIndex.getTable().toString();
		if (isPostgres() && !createIndex.isConcurrently()) {
			violations.add(new LintViolation(LintRule.CREATE_INDEX_NON_CONCURRENTLY,
					"Blocks every insert, update and delete on " + table + " until the index is built.",
					"CREATE INDEX CONCURRENTLY, in a migration of its own (it cannot run in a transaction); "
							+ "if it fails, drop the INVALID index it leaves and retry."));
		}
		if ("UNIQUE".equalsIgnoreCase(index.getType())) {
			violations.add(uniqueViolation(table, "a unique index"));
		}
	}

	private void alter(Alter alter, boolean notValid, List<LintViolation> violations) {
		String table = alter.getTable().toString();
		if (created(alter.getTable())) {
			for (AlterExpression expression : alter.getAlterExpressions()) {
				if (expression.getOperation() == AlterOperation.RENAME_TABLE) {
					this.createdTables.add(unquote(expression.getNewTableName()));
				}
			}
			return;
		}
		for (AlterExpression expression : alter.getAlterExpressions()) {
			alterExpression(alter.getTable(), table, expression, notValid, violations);
		}
	}

	private void alterExpression(Table target, String table, AlterExpression expression, boolean notValid,
			List<LintViolation> violations) {
		switch (expression.getOperation()) {
			case ADD -> add(table, expression, notValid, violations);
			case ALTER -> alterColumn(table, expression, violations);
			case MODIFY -> modify(table, expression, violations);
			case CHANGE -> change(table, expression, violations);
			case DROP -> drop(table, expression, violations);
			case DROP_PRIMARY_KEY, DROP_UNIQUE, DROP_FOREIGN_KEY -> violations.add(dropConstraint(table));
			case RENAME ->
				violations.add(renameColumn(table, expression.getColumnOldName(), expression.getColumnName()));
			case RENAME_TABLE -> renameTable(target, new Table(expression.getNewTableName()), violations);
			case ALGORITHM -> {
				if ("COPY".equalsIgnoreCase(expression.getAlgorithmOption())) {
					violations.add(tableCopy(table, "ALGORITHM=COPY copies the whole table"));
				}
			}
			case LOCK -> {
				String lock = expression.getLockOption();
				if ("SHARED".equalsIgnoreCase(lock) || "EXCLUSIVE".equalsIgnoreCase(lock)) {
					violations.add(tableCopy(table, "LOCK=" + lock.toUpperCase(Locale.ROOT) + " blocks "
							+ ("SHARED".equalsIgnoreCase(lock) ? "writes" : "reads and writes")));
				}
			}
			case ENGINE, CONVERT, FORCE ->
				violations.add(tableCopy(table, expression.getOperation() + " rebuilds the whole table"));
			default -> {
			}
		}
	}

	private void add(String table, AlterExpression expression, boolean notValid, List<LintViolation> violations) {
		Index index = expression.getIndex();
		if (index != null) {
			addConstraint(table, index, notValid, violations);
		}
		if (expression.getColDataTypeList() != null) {
			for (AlterExpression.ColumnDataType column : expression.getColDataTypeList()) {
				addColumn(table, column, violations);
			}
		}
	}

	private void addConstraint(String table, Index index, boolean notValid, List<LintViolation> violations) {
		String kind = (index.getType() != null) ? index.getType().toUpperCase(Locale.ROOT) : "";
		if (index instanceof ForeignKeyIndex) {
			if (!notValid) {
				violations.add(foreignKeyViolation(table));
			}
		}
		else if (index instanceof CheckConstraint) {
			if (!notValid) {
				violations.add(checkViolation(table));
			}
		}
		else if (kind.contains("PRIMARY")) {
			violations.add(uniqueViolation(table, "a primary key"));
		}
		else if (kind.contains("UNIQUE")) {
			violations.add(uniqueViolation(table, "a unique constraint"));
		}
		// a plain index added with ALTER TABLE is MySQL's, which builds it online
	}

	private void addColumn(String table, ColumnDefinition column, List<LintViolation> violations) {
		adviseType(column, violations);
		List<String> specs = specs(column);
		String type = column.getColDataType().getDataType().toLowerCase(Locale.ROOT);
		boolean generatesValues = SERIAL_TYPES.contains(type) || specs.contains("GENERATED")
				|| specs.contains("AUTO_INCREMENT");
		if (isPostgres()) {
			Expression defaultValue = defaultValue(column);
			String volatileDefault = (defaultValue instanceof Function function
					&& VOLATILE_FUNCTIONS.contains(function.getName().toLowerCase(Locale.ROOT)))
							? "DEFAULT " + defaultValue
							: SERIAL_TYPES.contains(type) ? "the " + type + " type's nextval() default"
									: specs.contains("GENERATED") ? "a generated column" : null;
			if (volatileDefault != null) {
				violations.add(new LintViolation(LintRule.ADD_COLUMN_VOLATILE_DEFAULT,
						"With " + volatileDefault + ", PostgreSQL computes column " + column.getColumnName()
								+ " for every row: it rewrites " + table
								+ " under an ACCESS EXCLUSIVE lock, blocking reads and writes.",
						"Add the column without a default (or with a constant one), set the default with "
								+ "ALTER COLUMN ... SET DEFAULT for new rows, and backfill existing rows in batches."));
			}
		}
		if (containsSequence(specs, "NOT", "NULL") && !specs.contains("DEFAULT") && !generatesValues) {
			violations.add(perFamily(LintRule.ADD_NOT_NULL_COLUMN,
					"Adding NOT NULL column " + column.getColumnName() + " without a default fails as soon as " + table
							+ " has a row, and code still running inserts rows without it.",
					"Existing rows of " + table + " get the type's implicit value ('', 0, or a zero date "
							+ "that strict mode rejects) for " + column.getColumnName()
							+ ", and code still running inserts rows without it.",
					"Add the column nullable (or with a constant DEFAULT), backfill it in batches, " + "add CHECK ("
							+ column.getColumnName() + " IS NOT NULL) NOT VALID, VALIDATE it, " + "then SET NOT NULL.",
					"Add the column nullable or with a DEFAULT "
							+ "(ALGORITHM=INSTANT), backfill it in batches, then make it NOT NULL.",
					"Adding NOT NULL column " + column.getColumnName() + " without a default fails as soon as " + table
							+ " has a row, and code still running inserts rows without it.",
					"Add the column nullable or with a DEFAULT, backfill it in batches, then make it NOT NULL."));
		}
		if (column.getForeignKeyReference() != null) {
			violations.add(foreignKeyViolation(table));
		}
		if (specs.contains("UNIQUE") || containsSequence(specs, "PRIMARY", "KEY")) {
			violations.add(uniqueViolation(table, "a unique column"));
		}
	}

	private void alterColumn(String table, AlterExpression expression, List<LintViolation> violations) {
		if (expression.getColumnSetNotNullList() != null) {
			expression.getColumnSetNotNullList()
				.forEach((column) -> violations.add(setNotNull(table, column.getColumnName())));
		}
		if (expression.getColDataTypeList() != null) {
			for (AlterExpression.ColumnDataType column : expression.getColDataTypeList()) {
				if (column.isWithType()) {
					adviseType(column, violations);
					violations.add(changeType(table, column.getColumnName(), "ALTER COLUMN ... TYPE"));
				}
			}
		}
	}

	private void modify(String table, AlterExpression expression, List<LintViolation> violations) {
		for (AlterExpression.ColumnDataType column : expression.getColDataTypeList()) {
			violations.add(changeType(table, column.getColumnName(), "MODIFY"));
		}
	}

	private void change(String table, AlterExpression expression, List<LintViolation> violations) {
		for (AlterExpression.ColumnDataType column : expression.getColDataTypeList()) {
			if (!unquote(column.getColumnName()).equals(unquote(expression.getColumnOldName()))) {
				violations.add(renameColumn(table, expression.getColumnOldName(), column.getColumnName()));
			}
			violations.add(changeType(table, column.getColumnName(), "CHANGE"));
		}
	}

	private void drop(String table, AlterExpression expression, List<LintViolation> violations) {
		if (expression.getConstraintName() != null) {
			violations.add(dropConstraint(table));
		}
		else if (expression.getIndex() != null) {
			// ALTER TABLE ... DROP INDEX is MySQL's, which drops an index online
			return;
		}
		else if (expression.getColumnName() != null) {
			violations.add(new LintViolation(LintRule.DROP_COLUMN,
					"Drops column " + expression.getColumnName() + " of " + table
							+ " and its data; code still running that reads or writes it fails.",
					"Expand and contract: stop using the column in the code (for JPA, remove the field) and "
							+ "deploy that first, back the data up, then drop the column in a later migration."));
		}
	}

	private void drop(Drop drop, boolean concurrently, List<LintViolation> violations) {
		String type = drop.getType().toUpperCase(Locale.ROOT);
		List<Table> names = (drop.getNames() != null) ? drop.getNames() : List.of(drop.getName());
		switch (type) {
			case "TABLE" -> names.stream()
				.filter((name) -> !created(name))
				.forEach((name) -> violations
					.add(new LintViolation(LintRule.DROP_TABLE, "Drops table " + name + " and all its rows.",
							"Stop using the table in the code and deploy that first, back it up (or rename it "
									+ "and keep it for a while), then drop it in a later migration.")));
			case "SCHEMA" -> violations.add(new LintViolation(LintRule.DROP_SCHEMA,
					"Drops schema " + drop.getName() + " with every table in it and all their rows.",
					"Back it up and make sure nothing uses it; drop it by hand rather than in a migration."));
			case "DATABASE" -> violations.add(new LintViolation(LintRule.DROP_DATABASE,
					"Drops database " + drop.getName() + " with everything in it.",
					"Never in a migration: drop a database by hand, after a backup."));
			case "INDEX" -> {
				if (isPostgres() && !concurrently && !this.createdIndexes.contains(unquote(drop.getName().getName()))) {
					violations.add(new LintViolation(LintRule.DROP_INDEX_NON_CONCURRENTLY,
							"Takes an ACCESS EXCLUSIVE lock on the index's table: reads and writes wait until "
									+ "the drop is done, and so does every query queued behind it.",
							"DROP INDEX CONCURRENTLY, in a migration of its own (it cannot run in a transaction)."));
				}
			}
			default -> {
			}
		}
	}

	private void truncate(Truncate truncate, List<LintViolation> violations) {
		List<Table> tables = (truncate.getTables() != null) ? truncate.getTables() : List.of(truncate.getTable());
		for (Table table : tables) {
			if (!created(table)) {
				violations.add(new LintViolation(LintRule.TRUNCATE,
						"Removes every row of " + table
								+ (truncate.getCascade() ? " and, through CASCADE, of every table referencing it" : "")
								+ "; nothing can be recovered once the migration commits.",
						"Delete only the rows the change needs, with a WHERE; back the table up first."));
			}
		}
	}

	private void renameTable(Table from, Table to, List<LintViolation> violations) {
		if (created(from)) {
			this.createdTables.add(name(to));
			return;
		}
		violations.add(new LintViolation(LintRule.RENAME_TABLE,
				"Renames " + from + " to " + to + ": code still running queries the old name and fails.",
				isPostgres()
						? "Expand and contract: create the new table, write to both (or use a view named like the old "
								+ "table), move the code over, then drop the old one later."
						: "Expand and contract: create the new table, copy and keep both in step, move the code over, "
								+ "then drop the old one later."));
	}

	private LintViolation renameColumn(String table, String from, String to) {
		return new LintViolation(LintRule.RENAME_COLUMN,
				"Renames column " + from + " of " + table + " to " + to
						+ ": code still running reads and writes the old name and fails.",
				"Expand and contract: add the new column, write to both and backfill, move the code over, "
						+ "then drop the old column in a later migration.");
	}

	private LintViolation setNotNull(String table, String column) {
		return new LintViolation(LintRule.SET_NOT_NULL,
				"Checks every row of " + table + " for NULLs in " + column
						+ " under an ACCESS EXCLUSIVE lock, and fails if one is left.",
				"Backfill the NULLs first; add CHECK (" + column + " IS NOT NULL) NOT VALID, VALIDATE CONSTRAINT "
						+ "(no write lock), then SET NOT NULL, which uses the validated check, and drop the check.");
	}

	private LintViolation changeType(String table, String column, String clause) {
		return perFamily(LintRule.CHANGE_COLUMN_TYPE,
				"Changing the type of " + column + " rewrites " + table + " and its indexes under an ACCESS "
						+ "EXCLUSIVE lock (unless the change is binary compatible, such as a longer varchar), and "
						+ "fails if a value does not convert.",
				clause + " restates column " + column + " of " + table + ": a new type, a shorter length or a "
						+ "NOT NULL copies the table while writes wait, and fails (or truncates) if a value does not fit.",
				"Expand and contract: add a column of the new type, write to both and backfill in batches, "
						+ "move the code over, then drop the old column.",
				"Expand and contract with a new column, or run it with ALGORITHM=INPLACE, LOCK=NONE so the "
						+ "server refuses rather than copies; use an online schema change tool for large tables.",
				"Changing the type of " + column + " may rewrite " + table + " while writes wait, and fails if a "
						+ "value does not convert.",
				"Expand and contract: add a column of the new type, write to both and backfill in batches, "
						+ "move the code over, then drop the old column.");
	}

	private LintViolation dropConstraint(String table) {
		return new LintViolation(LintRule.DROP_CONSTRAINT,
				"Drops a constraint of " + table + ": the data is no longer checked, and code may rely on it.",
				"Make sure no code relies on the guarantee; drop it in a migration of its own so it is easy to add back.");
	}

	private LintViolation uniqueViolation(String table, String what) {
		return perFamily(LintRule.ADD_UNIQUE_CONSTRAINT,
				"Adding " + what + " to " + table + " builds a unique index while blocking writes, and fails "
						+ "if existing rows hold duplicates.",
				"Adding " + what + " to " + table + " fails if existing rows hold duplicates (or NULLs for a "
						+ "primary key), and a primary key rebuilds the table.",
				"Remove duplicates first; CREATE UNIQUE INDEX CONCURRENTLY, then ALTER TABLE ... ADD "
						+ "CONSTRAINT ... UNIQUE USING INDEX.",
				"Remove duplicates first; add it with ALGORITHM=INPLACE, "
						+ "LOCK=NONE; use an online schema change tool for large tables.",
				"Adding " + what + " to " + table + " checks every row while writes wait, and fails if existing "
						+ "rows hold duplicates.",
				"Remove duplicates first, and add it at a quiet time.");
	}

	private LintViolation foreignKeyViolation(String table) {
		return perFamily(LintRule.ADD_FOREIGN_KEY,
				"Checks every row of " + table + " while blocking writes to it and to the referenced table, and "
						+ "fails if a row has no match.",
				"Checks every row of " + table + "; with foreign_key_checks on, MySQL copies the table while "
						+ "writes wait, and fails if a row has no match.",
				"ADD CONSTRAINT ... FOREIGN KEY ... NOT VALID (new rows are checked at once), then "
						+ "ALTER TABLE ... VALIDATE CONSTRAINT in a later statement, which lets writes go on.",
				"Fix orphan rows first; add it with ALGORITHM=INPLACE, LOCK=NONE after "
						+ "SET foreign_key_checks = 0 for the session, since the server then skips the check.",
				"Checks every row of " + table + " while writes wait, and fails if a row has no match.",
				"Fix orphan rows first, and add it at a quiet time.");
	}

	private LintViolation checkViolation(String table) {
		return perFamily(LintRule.ADD_CHECK_CONSTRAINT,
				"Checks every row of " + table + " while blocking writes, and fails if a row breaks the check.",
				"Checks every row of " + table + " by copying the table while writes wait, and fails if a row "
						+ "breaks the check.",
				"ADD CONSTRAINT ... CHECK (...) NOT VALID, then ALTER TABLE ... VALIDATE CONSTRAINT "
						+ "in a later statement, which lets writes go on.",
				"Fix the rows first and add it at a quiet time; use an online schema change tool for "
						+ "large tables.",
				"Checks every row of " + table + " while writes wait, and fails if a row breaks the check.",
				"Fix the rows first, and add it at a quiet time.");
	}

	private LintViolation tableCopy(String table, String what) {
		return new LintViolation(LintRule.MYSQL_TABLE_COPY, what + " of " + table + " while the statement runs.",
				"Ask for ALGORITHM=INPLACE, LOCK=NONE (or ALGORITHM=INSTANT): the server then refuses a change "
						+ "it cannot make online instead of locking; use an online schema change tool otherwise.");
	}

	// PostgreSQL and MySQL have advice of their own; H2 and other databases get what
	// holds
	// everywhere, never another database's syntax
	private LintViolation perFamily(LintRule rule, String postgresWhy, String mysqlWhy, String postgresRecipe,
			String mysqlRecipe, String otherWhy, String otherRecipe) {
		return switch (this.family) {
			case POSTGRESQL -> new LintViolation(rule, postgresWhy, postgresRecipe);
			case MYSQL -> new LintViolation(rule, mysqlWhy, mysqlRecipe);
			case H2, OTHER -> new LintViolation(rule, otherWhy, otherRecipe);
		};
	}

	private void adviseType(ColumnDefinition column, List<LintViolation> violations) {
		if (!isPostgres()) {
			return;
		}
		String type = column.getColDataType().getDataType().toLowerCase(Locale.ROOT);
		String base = type.split("[\\s(]", 2)[0];
		if ((base.equals("char") || base.equals("character") || base.equals("bpchar")) && !type.contains("varying")) {
			violations.add(new LintViolation(LintRule.CHAR_COLUMN,
					"Column " + column.getColumnName() + " is " + type
							+ ": PostgreSQL pads it with spaces, and it is no faster than text or varchar.",
					"Use text or varchar(n), with a CHECK on the length if it must be exact."));
		}
		if (base.equals("timestamp") && !type.contains("with time zone")) {
			violations.add(new LintViolation(LintRule.TIMESTAMP_WITHOUT_TIME_ZONE,
					"Column " + column.getColumnName() + " is a timestamp without time zone: the instant it "
							+ "means depends on the session's time zone.",
					"Use timestamptz (timestamp with time zone); map it to Instant or OffsetDateTime."));
		}
	}

	private static @Nullable Expression defaultValue(ColumnDefinition column) {
		if (column.getColumnOptions() == null) {
			return null;
		}
		return column.getColumnOptions()
			.stream()
			.filter((option) -> option.getKind() == ColumnOption.Kind.DEFAULT)
			.map(ColumnOption::getDefaultExpression)
			.findFirst()
			.orElse(null);
	}

	private static List<String> specs(ColumnDefinition column) {
		return (column.getColumnSpecs() != null)
				? column.getColumnSpecs().stream().map((spec) -> spec.toUpperCase(Locale.ROOT)).toList() : List.of();
	}

	private static boolean containsSequence(List<String> specs, String first, String second) {
		for (int i = 0; i + 1 < specs.size(); i++) {
			if (specs.get(i).equals(first) && specs.get(i + 1).equals(second)) {
				return true;
			}
		}
		return false;
	}

	private boolean created(Table table) {
		return this.createdTables.contains(name(table));
	}

	private boolean isPostgres() {
		return this.family == DatabaseFamily.POSTGRESQL;
	}

	private static String name(Table table) {
		return unquote(table.getName());
	}

	private static String unquote(String name) {
		String unquoted = name.replace("\"", "").replace("`", "");
		return unquoted.toLowerCase(Locale.ROOT);
	}

}

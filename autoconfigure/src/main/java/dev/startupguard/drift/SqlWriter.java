package dev.startupguard.drift;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import dev.startupguard.schema.Column;
import dev.startupguard.schema.DatabaseFamily;
import dev.startupguard.schema.ForeignKey;
import dev.startupguard.schema.Key;
import dev.startupguard.schema.QualifiedName;
import dev.startupguard.schema.Table;

/**
 * Writes the suggested fixes as SQL in one database's dialect, quoting identifiers only
 * where the database needs it: when the stored name is not what an unquoted name folds
 * to, or when it is a reserved word.
 *
 * @author Startup Guard contributors
 */
final class SqlWriter {

	private static final Set<String> RESERVED = Set.of("ALL", "ALTER", "AND", "ANY", "ARRAY", "AS", "ASC", "ASYMMETRIC",
			"AUTHORIZATION", "BETWEEN", "BINARY", "BOTH", "BY", "CALL", "CASE", "CAST", "CHECK", "COLLATE", "COLUMN",
			"CONDITION", "CONSTRAINT", "CREATE", "CROSS", "CURRENT", "CURRENT_CATALOG", "CURRENT_DATE", "CURRENT_ROLE",
			"CURRENT_SCHEMA", "CURRENT_TIME", "CURRENT_TIMESTAMP", "CURRENT_USER", "DATABASE", "DAY", "DEFAULT",
			"DEFERRABLE", "DELETE", "DESC", "DESCRIBE", "DISTINCT", "DIV", "DO", "DROP", "ELSE", "END", "EXCEPT",
			"EXISTS", "FALSE", "FETCH", "FOR", "FOREIGN", "FROM", "FULL", "FUNCTION", "GRANT", "GROUP", "GROUPS",
			"HAVING", "HOUR", "IF", "ILIKE", "IN", "INDEX", "INITIALLY", "INNER", "INSERT", "INTERSECT", "INTERVAL",
			"INTO", "IS", "JOIN", "KEY", "KEYS", "LATERAL", "LEADING", "LEFT", "LIKE", "LIMIT", "LOCALTIME",
			"LOCALTIMESTAMP", "MINUS", "MINUTE", "MONTH", "NATURAL", "NOT", "NULL", "OFFSET", "ON", "ONLY", "OR",
			"ORDER", "OUTER", "OVER", "OVERLAPS", "PARTITION", "PLACING", "PRIMARY", "QUALIFY", "RANGE", "READ",
			"REFERENCES", "REGEXP", "RETURNING", "RIGHT", "ROW", "ROWNUM", "ROWS", "SECOND", "SELECT", "SESSION_USER",
			"SET", "SHOW", "SOME", "SYMMETRIC", "SYSTEM_USER", "TABLE", "THEN", "TO", "TOP", "TRAILING", "TRUE",
			"UNION", "UNIQUE", "UNKNOWN", "UPDATE", "USER", "USING", "VALUE", "VALUES", "WHEN", "WHERE", "WINDOW",
			"WITH", "YEAR");

	private static final Pattern LOWER_CASE_NAME = Pattern.compile("[a-z_][a-z0-9_$]*");

	private static final Pattern UPPER_CASE_NAME = Pattern.compile("[A-Z_][A-Z0-9_$]*");

	// a string, number, bit or hexadecimal literal, or NULL
	private static final Pattern SQL_LITERAL = Pattern
		.compile("(?i)'(?:[^']|'')*'|[bx]'[0-9a-f]*'|0x[0-9a-f]+|[+-]?[0-9]+(?:\\.[0-9]*)?(?:e[+-]?[0-9]+)?|null");

	private static final Pattern MIXED_CASE_NAME = Pattern.compile("[A-Za-z_][A-Za-z0-9_$]*");

	private final DatabaseFamily database;

	private final String defaultSchema;

	SqlWriter(DatabaseFamily database, String defaultSchema) {
		this.database = database;
		this.defaultSchema = defaultSchema;
	}

	String quote(String name) {
		boolean plain = switch (this.database) {
			case POSTGRESQL -> LOWER_CASE_NAME.matcher(name).matches();
			case H2 -> UPPER_CASE_NAME.matcher(name).matches();
			default -> MIXED_CASE_NAME.matcher(name).matches();
		};
		if (plain && !RESERVED.contains(name.toUpperCase(Locale.ROOT))) {
			return name;
		}
		if (this.database == DatabaseFamily.MYSQL) {
			return "`" + name.replace("`", "``") + "`";
		}
		return "\"" + name.replace("\"", "\"\"") + "\"";
	}

	String name(QualifiedName name) {
		if (name.schema() == null || name.schema().equals(this.defaultSchema)) {
			return quote(name.name());
		}
		return quote(name.schema()) + "." + quote(name.name());
	}

	String createTable(Table table) {
		List<String> lines = new ArrayList<>();
		for (Column column : table.columns()) {
			lines
				.add(quote(column.name()) + " " + column.type().declaration() + (column.nullable() ? "" : " NOT NULL"));
		}
		if (table.primaryKey() != null) {
			lines.add("PRIMARY KEY (" + columns(table.primaryKey().columns()) + ")");
		}
		for (Key unique : table.uniqueKeys()) {
			lines.add("UNIQUE (" + columns(unique.columns()) + ")");
		}
		List<String> statements = new ArrayList<>();
		statements.add("CREATE TABLE " + name(table.name()) + " (\n    " + String.join(",\n    ", lines) + "\n)");
		for (ForeignKey foreignKey : table.foreignKeys()) {
			statements.add(addForeignKey(table, foreignKey));
		}
		return String.join(";\n", statements);
	}

	String addColumn(Table table, Column column) {
		return "ALTER TABLE " + name(table.name()) + " ADD COLUMN " + quote(column.name()) + " "
				+ column.type().declaration() + (column.nullable() ? "" : " NOT NULL");
	}

	String changeType(Table table, Column live, Column expected) {
		String column = quote(live.name());
		return switch (this.database) {
			case POSTGRESQL -> alterColumn(table) + column + " TYPE " + expected.type().declaration() + " USING "
					+ column + "::" + expected.type().declaration();
			case MYSQL -> modifyColumn(table, live.name(), expected.type().declaration(), live.nullable());
			default -> alterColumn(table) + column + " SET DATA TYPE " + expected.type().declaration();
		};
	}

	String setNullability(Table table, Column live, boolean nullable) {
		if (this.database == DatabaseFamily.MYSQL) {
			return modifyColumn(table, live.name(), live.type().declaration(), nullable);
		}
		return alterColumn(table) + quote(live.name()) + (nullable ? " DROP NOT NULL" : " SET NOT NULL");
	}

	/**
	 * Write the statement setting a column's default. MariaDB and MySQL take an
	 * expression other than a literal in parentheses only.
	 */
	String setDefault(Table table, Column live, String expression) {
		String value = (this.database == DatabaseFamily.MYSQL && !SQL_LITERAL.matcher(expression).matches())
				? "(" + expression + ")" : expression;
		return alterColumn(table) + quote(live.name()) + " SET DEFAULT " + value;
	}

	String addUniqueKey(Table table, List<String> columns, boolean primary) {
		String constraint = primary ? "PRIMARY KEY"
				: "CONSTRAINT " + quote(constraintName("uk", table, columns)) + " UNIQUE";
		return "ALTER TABLE " + name(table.name()) + " ADD " + constraint + " (" + columns(columns) + ")";
	}

	String addForeignKey(Table table, ForeignKey foreignKey) {
		return "ALTER TABLE " + name(table.name()) + " ADD CONSTRAINT "
				+ quote(constraintName("fk", table, foreignKey.columns())) + " FOREIGN KEY ("
				+ columns(foreignKey.columns()) + ") REFERENCES " + name(foreignKey.referencedTable()) + " ("
				+ columns(foreignKey.referencedColumns()) + ")";
	}

	String createIndex(Table table, List<String> columns) {
		String concurrently = (this.database == DatabaseFamily.POSTGRESQL) ? "CONCURRENTLY " : "";
		return "CREATE INDEX " + concurrently + quote(constraintName("idx", table, columns)) + " ON "
				+ name(table.name()) + " (" + columns(columns) + ")";
	}

	String createSequence(QualifiedName sequence, long increment) {
		return "CREATE SEQUENCE " + name(sequence) + " START WITH 1 INCREMENT BY " + increment;
	}

	String alterSequenceIncrement(QualifiedName sequence, long increment) {
		return "ALTER SEQUENCE " + name(sequence) + " INCREMENT BY " + increment;
	}

	String dropTable(Table table) {
		return "DROP TABLE " + name(table.name());
	}

	String dropColumn(Table table, Column column) {
		return "ALTER TABLE " + name(table.name()) + " DROP COLUMN " + quote(column.name());
	}

	private String alterColumn(Table table) {
		return "ALTER TABLE " + name(table.name()) + " ALTER COLUMN ";
	}

	private String modifyColumn(Table table, String column, String declaration, boolean nullable) {
		return "ALTER TABLE " + name(table.name()) + " MODIFY COLUMN " + quote(column) + " " + declaration
				+ (nullable ? " NULL" : " NOT NULL");
	}

	private String columns(List<String> columns) {
		return columns.stream().map(this::quote).collect(Collectors.joining(", "));
	}

	private String constraintName(String prefix, Table table, List<String> columns) {
		String name = prefix + "_" + table.name().name() + "_" + String.join("_", columns);
		name = name.replaceAll("[^A-Za-z0-9_]", "_");
		name = (this.database == DatabaseFamily.H2) ? name.toUpperCase(Locale.ROOT) : name.toLowerCase(Locale.ROOT);
		return (name.length() > 60) ? name.substring(0, 51) + "_" + Integer.toHexString(name.hashCode()) : name;
	}

}

package dev.startupguard.schema.live;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;

import dev.startupguard.schema.Column;
import dev.startupguard.schema.ColumnType;
import dev.startupguard.schema.ColumnTypes;
import dev.startupguard.schema.DatabaseFamily;
import dev.startupguard.schema.DatabaseInfo;
import dev.startupguard.schema.Identifiers;
import dev.startupguard.schema.QualifiedName;
import dev.startupguard.schema.SchemaSnapshot;

/**
 * {@link CatalogReader} for MariaDB and MySQL, where a schema is a database. Reads
 * {@code information_schema} in bulk: one query per kind of object for all requested
 * databases together, so that a check costs at most five round trips whatever the number
 * of tables.
 *
 * @author Startup Guard contributors
 */
final class MySqlCatalogReader implements CatalogReader {

	private static final Set<String> TABLE_TYPES = Set.of("BASE TABLE", "SYSTEM VERSIONED", "VIEW");

	private static final String SEQUENCE_TYPE = "SEQUENCE";

	// the name MySQL and MariaDB give every primary key, and refuse for any other index
	private static final String PRIMARY_KEY = "PRIMARY";

	// Full-text, spatial and vector indexes do not serve equality lookups
	private static final Set<String> LOOKUP_LESS_INDEX_TYPES = Set.of("FULLTEXT", "SPATIAL", "VECTOR");

	private static final Pattern JSON_CHECK = Pattern.compile("\\s*json_valid\\s*\\(\\s*`((?:[^`]|``)+)`\\s*\\)\\s*",
			Pattern.CASE_INSENSITIVE);

	private static final ColumnType JSON = ColumnTypes.parse("json", DatabaseFamily.MYSQL);

	// how MySQL writes the default of a BIT or binary column
	private static final Pattern BIT_OR_HEX_LITERAL = Pattern.compile("(?i)[bx]'[0-9a-f]*'|0x[0-9a-f]+");

	@Override
	public SchemaSnapshot read(CatalogQueries catalog, DatabaseInfo database, List<String> schemas)
			throws SQLException {
		if (schemas.isEmpty()) {
			return new SchemaSnapshot(List.of(), List.of());
		}
		Read read = new Read(catalog, database, schemas);
		read.tables();
		read.columns();
		read.jsonColumns();
		read.longTextColumns();
		read.constraints();
		read.indexes();
		read.sequenceIncrements();
		return read.snapshot();
	}

	/**
	 * One reading of some databases, collecting rows of each catalog query into tables.
	 */
	private static final class Read {

		private final CatalogQueries catalog;

		private final boolean mariaDb;

		private final List<String> schemas;

		private final Set<String> schemaKeys = new HashSet<>();

		private final Identifiers identifiers;

		private final SnapshotBuilder snapshot = new SnapshotBuilder(SnapshotBuilder.Rule.KEYS_FOLLOW_THEIR_INDEX);

		private final Set<ColumnName> jsonColumns = new HashSet<>();

		// longtext columns wait for jsonColumns to tell which are JSON
		private final List<LongTextColumn> longTextColumns = new ArrayList<>();

		private final Set<String> catalogTables = new HashSet<>();

		private final Function<String, ColumnType> types = ColumnTypes.parser(DatabaseFamily.MYSQL);

		Read(CatalogQueries catalog, DatabaseInfo database, List<String> schemas) {
			this.catalog = catalog;
			this.mariaDb = isMariaDb(database);
			this.schemas = List.copyOf(schemas);
			this.identifiers = database.identifiers();
			for (String schema : schemas) {
				this.schemaKeys.add(this.identifiers.tableKey(schema));
			}
		}

		private static boolean isMariaDb(DatabaseInfo database) {
			String product = (database.productName() + " " + database.productVersion()).toLowerCase(Locale.ROOT);
			return product.contains("mariadb");
		}

		/**
		 * Read tables, views and sequences. Whether the optional catalog tables
		 * {@code SEQUENCES} and {@code CHECK_CONSTRAINTS} exist is asked in the same
		 * query, which spares a round trip and cannot fail on servers without them.
		 */
		void tables() throws SQLException {
			String select = "SELECT TABLE_SCHEMA, TABLE_NAME, TABLE_TYPE FROM information_schema.TABLES";
			String sql = perSchema(select, "TABLE_SCHEMA", "") + " UNION ALL " + select
					+ " WHERE TABLE_SCHEMA = 'information_schema' AND TABLE_NAME IN ('SEQUENCES', 'CHECK_CONSTRAINTS')";
			this.catalog.query(sql, this.schemas, (row) -> {
				String schema = row.getString("TABLE_SCHEMA");
				String name = row.getString("TABLE_NAME");
				String type = row.getString("TABLE_TYPE");
				if ("information_schema".equalsIgnoreCase(schema) && "SYSTEM VIEW".equals(type)) {
					this.catalogTables.add(name.toUpperCase(Locale.ROOT));
				}
				else if (isRequested(schema) && TABLE_TYPES.contains(type)) {
					this.snapshot.table(new QualifiedName(schema, name));
				}
				else if (isRequested(schema) && SEQUENCE_TYPE.equals(type)) {
					this.snapshot.sequence(new QualifiedName(schema, name), null);
				}
			});
		}

		/**
		 * Read columns. A {@code longtext} column may be MariaDB's JSON, which only its
		 * check constraint tells: it waits for {@link #jsonColumns()}.
		 */
		void columns() throws SQLException {
			String sql = perSchema("SELECT TABLE_SCHEMA, TABLE_NAME, COLUMN_NAME, ORDINAL_POSITION, COLUMN_TYPE,"
					+ " IS_NULLABLE, COLUMN_DEFAULT, EXTRA, GENERATION_EXPRESSION FROM information_schema.COLUMNS",
					"TABLE_SCHEMA", "");
			this.catalog.query(sql, this.schemas, (row) -> {
				QualifiedName table = tableName(row);
				String name = row.getString("COLUMN_NAME");
				String columnType = row.getString("COLUMN_TYPE");
				int position = row.getInt("ORDINAL_POSITION");
				boolean nullable = "YES".equals(row.getString("IS_NULLABLE"));
				boolean generated = generated(row);
				String defaultExpression = generated ? null : defaultExpression(row);
				boolean defaulted = generated || defaultExpression != null;
				if (this.mariaDb && "longtext".equalsIgnoreCase(columnType.trim())) {
					this.longTextColumns.add(new LongTextColumn(table, position, name, columnType, nullable, defaulted,
							defaultExpression));
				}
				else {
					this.snapshot.column(table, position, new Column(name, this.types.apply(columnType), nullable,
							defaulted, defaultExpression, null));
				}
			});
		}

		/**
		 * Find MariaDB's JSON columns, which it stores as {@code longtext} guarded by a
		 * {@code json_valid} check. Scanning {@code CHECK_CONSTRAINTS} opens every table
		 * of the databases (a sixth of the read at 2,000 tables), so it is read only when
		 * there is a {@code longtext} column to tell apart. MySQL has a native type, and
		 * its {@code CHECK_CONSTRAINTS} lacks the table name this query needs.
		 */
		void jsonColumns() throws SQLException {
			if (this.longTextColumns.isEmpty() || !this.catalogTables.contains("CHECK_CONSTRAINTS")) {
				return;
			}
			String sql = perSchema(
					"SELECT CONSTRAINT_SCHEMA, TABLE_NAME, CHECK_CLAUSE FROM information_schema.CHECK_CONSTRAINTS",
					"CONSTRAINT_SCHEMA", " AND CHECK_CLAUSE LIKE '%json_valid%'");
			this.catalog.query(sql, this.schemas, (row) -> {
				Matcher matcher = JSON_CHECK.matcher(row.getString("CHECK_CLAUSE"));
				if (matcher.matches()) {
					QualifiedName table = new QualifiedName(row.getString("CONSTRAINT_SCHEMA"),
							row.getString("TABLE_NAME"));
					this.jsonColumns.add(new ColumnName(table, matcher.group(1).replace("``", "`")));
				}
			});
		}

		void longTextColumns() {
			for (LongTextColumn column : this.longTextColumns) {
				boolean json = this.jsonColumns.contains(new ColumnName(column.table(), column.name()));
				this.snapshot.column(column.table(), column.position(),
						new Column(column.name(), json ? JSON : this.types.apply(column.type()), column.nullable(),
								column.defaulted(), column.defaultExpression(), null));
			}
		}

		/**
		 * Whether the database fills the column other than by a default: an
		 * auto-increment, or a generated column.
		 */
		private static boolean generated(ResultSet row) throws SQLException {
			String upperExtra = upperExtra(row);
			String generation = row.getString("GENERATION_EXPRESSION");
			return upperExtra.contains("AUTO_INCREMENT") || (generation != null && !generation.isBlank())
					|| upperExtra.contains("VIRTUAL") || upperExtra.contains("STORED")
					|| upperExtra.contains("PERSISTENT");
		}

		/**
		 * Return the column's default as SQL, or {@code null} where it has none. MariaDB
		 * writes the default as SQL: a string literal in quotes, an explicit {@code NULL}
		 * default as the word {@code NULL}. MySQL writes a literal bare (quoted here) and
		 * SQL {@code NULL} for a default of null, and marks an expression
		 * {@code DEFAULT_GENERATED}. A default of null fills nothing a {@code NOT NULL}
		 * column would need: it counts as none.
		 */
		private @Nullable String defaultExpression(ResultSet row) throws SQLException {
			String columnDefault = row.getString("COLUMN_DEFAULT");
			if (columnDefault == null || (this.mariaDb && columnDefault.equalsIgnoreCase("NULL"))) {
				return null;
			}
			if (this.mariaDb || upperExtra(row).contains("DEFAULT_GENERATED")
					|| BIT_OR_HEX_LITERAL.matcher(columnDefault).matches()) {
				return columnDefault;
			}
			return "'" + columnDefault.replace("\\", "\\\\").replace("'", "''") + "'";
		}

		private static String upperExtra(ResultSet row) throws SQLException {
			String extra = row.getString("EXTRA");
			return (extra != null) ? extra.toUpperCase(Locale.ROOT) : "";
		}

		/**
		 * Read primary keys, unique constraints and foreign keys with their columns from
		 * {@code KEY_COLUMN_USAGE} alone, which lists the columns of exactly these
		 * constraints and tells them apart: the primary key is always named
		 * {@code PRIMARY}, a foreign key names the table it references. MariaDB shows a
		 * user who may only read a database's tables no rows of {@code TABLE_CONSTRAINTS}
		 * or {@code REFERENTIAL_CONSTRAINTS}, while {@code KEY_COLUMN_USAGE} lists what
		 * {@code SELECT} may see: a join with either would lose every constraint under
		 * least privilege. Names are matched exactly, since with case-sensitive names two
		 * tables may differ only in case, while {@code information_schema} compares
		 * without case.
		 */
		void constraints() throws SQLException {
			String sql = perSchema("SELECT TABLE_SCHEMA, TABLE_NAME, CONSTRAINT_NAME, COLUMN_NAME, ORDINAL_POSITION,"
					+ " REFERENCED_TABLE_SCHEMA, REFERENCED_TABLE_NAME, REFERENCED_COLUMN_NAME"
					+ " FROM information_schema.KEY_COLUMN_USAGE", "TABLE_SCHEMA", "")
					+ " ORDER BY TABLE_SCHEMA, TABLE_NAME, CONSTRAINT_NAME, ORDINAL_POSITION";
			this.catalog.query(sql, this.schemas, (row) -> constraintColumn(tableName(row), row));
		}

		private void constraintColumn(QualifiedName table, ResultSet row) throws SQLException {
			String name = row.getString("CONSTRAINT_NAME");
			String column = row.getString("COLUMN_NAME");
			int position = row.getInt("ORDINAL_POSITION");
			String referencedTable = row.getString("REFERENCED_TABLE_NAME");
			if (referencedTable != null) {
				this.snapshot.foreignKeyColumn(table, name, position, column,
						new QualifiedName(row.getString("REFERENCED_TABLE_SCHEMA"), referencedTable),
						row.getString("REFERENCED_COLUMN_NAME"));
			}
			else if (PRIMARY_KEY.equals(name)) {
				this.snapshot.primaryKeyColumn(table, name, position, column);
			}
			else {
				this.snapshot.uniqueKeyColumn(table, name, position, column);
			}
		}

		/**
		 * Read indexes on whole plain columns. A prefix index orders and guards only the
		 * start of a value and an expression index no column as such: both are left out.
		 */
		void indexes() throws SQLException {
			String sql = perSchema("SELECT TABLE_SCHEMA, TABLE_NAME, INDEX_NAME, NON_UNIQUE, SEQ_IN_INDEX, COLUMN_NAME,"
					+ " SUB_PART, INDEX_TYPE FROM information_schema.STATISTICS", "TABLE_SCHEMA", "")
					+ " ORDER BY TABLE_SCHEMA, TABLE_NAME, INDEX_NAME, SEQ_IN_INDEX";
			this.catalog.query(sql, this.schemas, (row) -> {
				String column = row.getString("COLUMN_NAME");
				row.getLong("SUB_PART");
				boolean prefix = !row.wasNull();
				String type = row.getString("INDEX_TYPE");
				boolean plain = !prefix && (type == null || !LOOKUP_LESS_INDEX_TYPES.contains(type));
				this.snapshot.indexColumn(tableName(row), row.getString("INDEX_NAME"), row.getLong("NON_UNIQUE") == 0,
						row.getInt("SEQ_IN_INDEX"), plain ? column : null);
			});
		}

		/**
		 * Read sequence increments from {@code information_schema.SEQUENCES}, which
		 * MariaDB has from 11.5 on. Before, a sequence's increment is in the sequence
		 * itself, a one-row table: one {@code UNION ALL} over all of them reads every
		 * increment in a single round trip.
		 */
		void sequenceIncrements() throws SQLException {
			if (this.snapshot.sequenceNames().isEmpty()) {
				return;
			}
			if (!this.catalogTables.contains("SEQUENCES")) {
				incrementsFromSequences();
				return;
			}
			String sql = perSchema("SELECT SEQUENCE_SCHEMA, SEQUENCE_NAME, INCREMENT FROM information_schema.SEQUENCES",
					"SEQUENCE_SCHEMA", "");
			this.catalog.query(sql, this.schemas, this::increment);
		}

		private void incrementsFromSequences() throws SQLException {
			List<String> selects = new ArrayList<>();
			List<String> parameters = new ArrayList<>();
			for (QualifiedName name : this.snapshot.sequenceNames()) {
				selects.add("SELECT ? AS SEQUENCE_SCHEMA, ? AS SEQUENCE_NAME, `increment` AS INCREMENT FROM "
						+ quote(name.schema()) + "." + quote(name.name()));
				parameters.add(name.schema());
				parameters.add(name.name());
			}
			this.catalog.query(String.join(" UNION ALL ", selects), parameters, this::increment);
		}

		private void increment(ResultSet row) throws SQLException {
			QualifiedName name = new QualifiedName(row.getString("SEQUENCE_SCHEMA"), row.getString("SEQUENCE_NAME"));
			long increment = row.getLong("INCREMENT");
			if (!row.wasNull()) {
				this.snapshot.sequenceIncrement(name, increment);
			}
		}

		private static String quote(@Nullable String identifier) {
			return "`" + String.valueOf(identifier).replace("`", "``") + "`";
		}

		SchemaSnapshot snapshot() {
			return this.snapshot.build();
		}

		private static QualifiedName tableName(ResultSet row) throws SQLException {
			return new QualifiedName(row.getString("TABLE_SCHEMA"), row.getString("TABLE_NAME"));
		}

		/**
		 * Whether a database was asked for. The server may match names without case.
		 */
		private boolean isRequested(String schema) {
			return this.schemaKeys.contains(this.identifiers.tableKey(schema));
		}

		/**
		 * Return the query once per schema, each naming its schema by equality, joined by
		 * {@code UNION ALL}: the parameters are the schemas, in order. The server opens
		 * the tables of only the database that an equality names, where {@code IN} with
		 * two names or an {@code OR} has it open every table of every database it holds
		 * ({@code EXPLAIN} says "Scanned all databases").
		 */
		private String perSchema(String select, String schemaColumn, String condition) {
			return String.join(" UNION ALL ",
					Collections.nCopies(this.schemas.size(), select + " WHERE " + schemaColumn + " = ?" + condition));
		}

	}

	private record ColumnName(QualifiedName table, String column) {

	}

	private record LongTextColumn(QualifiedName table, int position, String name, String type, boolean nullable,
			boolean defaulted, @Nullable String defaultExpression) {

	}

}

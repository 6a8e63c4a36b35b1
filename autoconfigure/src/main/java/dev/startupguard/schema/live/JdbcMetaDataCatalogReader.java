package dev.startupguard.schema.live;

import java.sql.DatabaseMetaData;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import org.jspecify.annotations.Nullable;

import dev.startupguard.schema.Column;
import dev.startupguard.schema.ColumnType;
import dev.startupguard.schema.ColumnTypes;
import dev.startupguard.schema.DatabaseFamily;
import dev.startupguard.schema.DatabaseInfo;
import dev.startupguard.schema.ForeignKey;
import dev.startupguard.schema.Index;
import dev.startupguard.schema.Key;
import dev.startupguard.schema.QualifiedName;
import dev.startupguard.schema.SchemaSnapshot;
import dev.startupguard.schema.Table;
import dev.startupguard.schema.TypeFamily;

/**
 * {@link CatalogReader} for any database, through plain {@link DatabaseMetaData}. Tables
 * and columns come in one call per schema, but JDBC has no bulk form of
 * {@code getPrimaryKeys}, {@code getImportedKeys} and {@code getIndexInfo}: they cost
 * three round trips per table, which is why the databases we know best have readers of
 * their own catalogs. JDBC offers neither a timeout for these calls nor a way to list
 * sequences, so no sequences are reported.
 * <p>
 * JDBC does not tell a unique constraint from the unique index that enforces it: every
 * unique index other than the primary key's is reported as a unique key as well. Indexes
 * with a filter or on anything but the table's columns are left out.
 *
 * @author Startup Guard contributors
 */
final class JdbcMetaDataCatalogReader implements CatalogReader {

	// Drivers name table types their own way (H2 says BASE TABLE): all types are asked
	// for and filtered here
	private static final Set<String> TABLE_TYPES = Set.of("TABLE", "BASE TABLE", "SYSTEM VERSIONED",
			"PARTITIONED TABLE", "VIEW", "MATERIALIZED VIEW");

	private static final Set<String> VIEW_TYPES = Set.of("VIEW", "MATERIALIZED VIEW");

	private static final Set<Integer> LENGTH_TYPES = Set.of(Types.CHAR, Types.VARCHAR, Types.NCHAR, Types.NVARCHAR,
			Types.BINARY, Types.VARBINARY);

	private static final Comparator<@Nullable String> NULLS_LAST = Comparator
		.nullsLast(Comparator.<String>naturalOrder());

	@Override
	public SchemaSnapshot read(CatalogQueries catalog, DatabaseInfo database, List<String> schemas)
			throws SQLException {
		DatabaseMetaData metaData = catalog.connection().getMetaData();
		boolean schemasAreCatalogs = !metaData.supportsSchemasInTableDefinitions();
		List<Table> tables = new ArrayList<>();
		for (String schema : schemas) {
			Scope scope = new Scope(metaData, schema, schemasAreCatalogs);
			for (TableBuilder table : readTables(scope)) {
				tables.add(table.build(scope));
			}
		}
		tables.sort(Comparator.comparing((Table table) -> table.name().schema(), NULLS_LAST)
			.thenComparing((table) -> table.name().name()));
		return new SchemaSnapshot(tables, List.of());
	}

	private List<TableBuilder> readTables(Scope scope) throws SQLException {
		Map<String, TableBuilder> tables = new TreeMap<>();
		try (ResultSet rows = scope.metaData.getTables(scope.catalog(), scope.schemaPattern(), "%", null)) {
			while (rows.next()) {
				String type = rows.getString("TABLE_TYPE");
				if (scope.holds(rows, "TABLE_CAT", "TABLE_SCHEM") && type != null
						&& TABLE_TYPES.contains(type.toUpperCase(Locale.ROOT))) {
					String name = rows.getString("TABLE_NAME");
					tables.put(name, new TableBuilder(new QualifiedName(scope.schema, name),
							VIEW_TYPES.contains(type.toUpperCase(Locale.ROOT))));
				}
			}
		}
		try (ResultSet rows = scope.metaData.getColumns(scope.catalog(), scope.schemaPattern(), "%", "%")) {
			while (rows.next()) {
				TableBuilder table = tables.get(rows.getString("TABLE_NAME"));
				if (table != null && scope.holds(rows, "TABLE_CAT", "TABLE_SCHEM")) {
					table.columns.put(rows.getInt("ORDINAL_POSITION"), column(rows));
				}
			}
		}
		return new ArrayList<>(tables.values());
	}

	private static Column column(ResultSet row) throws SQLException {
		ColumnType type = ColumnTypes.parse(declaration(row), DatabaseFamily.OTHER);
		boolean nullable = row.getInt("NULLABLE") != DatabaseMetaData.columnNoNulls;
		return new Column(row.getString("COLUMN_NAME"), type, nullable, defaulted(row));
	}

	/**
	 * Write the declaration from the type name and the sizes JDBC reports apart. The
	 * sizes go before a {@code WITH TIME ZONE} suffix.
	 */
	private static String declaration(ResultSet row) throws SQLException {
		String typeName = row.getString("TYPE_NAME").trim();
		if (typeName.contains("(")) {
			return typeName;
		}
		String sizes = sizes(row, ColumnTypes.parse(typeName, DatabaseFamily.OTHER).family());
		int suffix = typeName.toLowerCase(Locale.ROOT).indexOf(" with");
		return (suffix >= 0) ? typeName.substring(0, suffix) + sizes + typeName.substring(suffix) : typeName + sizes;
	}

	private static String sizes(ResultSet row, TypeFamily family) throws SQLException {
		int dataType = row.getInt("DATA_TYPE");
		Integer size = integer(row, "COLUMN_SIZE");
		Integer digits = integer(row, "DECIMAL_DIGITS");
		return switch (family) {
			case STRING, BINARY -> (LENGTH_TYPES.contains(dataType) && size != null) ? "(" + size + ")" : "";
			case DECIMAL -> (size == null) ? "" : (digits != null) ? "(" + size + "," + digits + ")" : "(" + size + ")";
			case TIME, TIMESTAMP, TIME_TZ, TIMESTAMP_TZ -> {
				Integer fraction = (digits != null) ? digits : fractionFromSize(dataType, size);
				yield (fraction != null) ? "(" + fraction + ")" : "";
			}
			default -> "";
		};
	}

	/**
	 * Work out the fractional second digits from the length of the value as text, for
	 * drivers that report them only that way.
	 */
	private static @Nullable Integer fractionFromSize(int dataType, @Nullable Integer size) {
		int whole = switch (dataType) {
			case Types.TIMESTAMP -> 19;
			case Types.TIME -> 8;
			default -> -1;
		};
		if (whole < 0 || size == null || size < whole) {
			return null;
		}
		return (size > whole + 1) ? size - whole - 1 : 0;
	}

	/**
	 * Whether the database fills the column. A default of {@code NULL}, which some
	 * drivers report as the word, fills nothing a {@code NOT NULL} column would need.
	 */
	private static boolean defaulted(ResultSet row) throws SQLException {
		String columnDefault = row.getString("COLUMN_DEF");
		boolean hasDefault = columnDefault != null && !columnDefault.isBlank()
				&& !columnDefault.trim().equalsIgnoreCase("NULL");
		return hasDefault || "YES".equals(optionalString(row, "IS_AUTOINCREMENT"))
				|| "YES".equals(optionalString(row, "IS_GENERATEDCOLUMN"));
	}

	/**
	 * Read a column that drivers older than JDBC 4.1 do not return.
	 */
	private static @Nullable String optionalString(ResultSet row, String column) {
		try {
			return row.getString(column);
		}
		catch (SQLException ex) {
			return null;
		}
	}

	private static @Nullable Integer integer(ResultSet row, String column) throws SQLException {
		int value = row.getInt(column);
		return row.wasNull() ? null : value;
	}

	/**
	 * Where one schema lives in the metadata calls: as a schema, or as a catalog on
	 * databases without schemas.
	 */
	private static final class Scope {

		private final DatabaseMetaData metaData;

		private final String schema;

		private final boolean isCatalog;

		private final @Nullable String escape;

		Scope(DatabaseMetaData metaData, String schema, boolean isCatalog) throws SQLException {
			this.metaData = metaData;
			this.schema = schema;
			this.isCatalog = isCatalog;
			this.escape = metaData.getSearchStringEscape();
		}

		@Nullable String catalog() {
			return this.isCatalog ? this.schema : null;
		}

		/**
		 * Return the schema for calls that take a pattern, its wildcards escaped.
		 */
		@Nullable String schemaPattern() {
			if (this.isCatalog) {
				return null;
			}
			if (this.escape == null || this.escape.isEmpty()) {
				return this.schema;
			}
			return this.schema.replace(this.escape, this.escape + this.escape)
				.replace("_", this.escape + "_")
				.replace("%", this.escape + "%");
		}

		/**
		 * Return the schema for calls that take an exact name.
		 */
		@Nullable String exactSchema() {
			return this.isCatalog ? null : this.schema;
		}

		/**
		 * Whether a row belongs to this schema, since a pattern matches more than one
		 * where a driver does not escape.
		 */
		boolean holds(ResultSet row, String catalogColumn, String schemaColumn) throws SQLException {
			return this.schema.equals(row.getString(this.isCatalog ? catalogColumn : schemaColumn));
		}

		QualifiedName qualify(@Nullable String catalog, @Nullable String schema, String name) {
			String holder = this.isCatalog ? catalog : schema;
			return new QualifiedName((holder != null) ? holder : this.schema, name);
		}

	}

	private static final class TableBuilder {

		private final QualifiedName name;

		private final boolean view;

		private final Map<Integer, Column> columns = new TreeMap<>();

		TableBuilder(QualifiedName name, boolean view) {
			this.name = name;
			this.view = view;
		}

		/**
		 * Build the table, reading its keys and indexes. Views have none.
		 */
		Table build(Scope scope) throws SQLException {
			List<Column> columns = new ArrayList<>(this.columns.values());
			if (this.view) {
				return new Table(this.name, columns, null, List.of(), List.of(), List.of());
			}
			@Nullable Key primaryKey = primaryKey(scope);
			List<ForeignKey> foreignKeys = foreignKeys(scope);
			List<Index> indexes = indexes(scope, columns);
			List<Key> uniqueKeys = indexes.stream()
				.filter((index) -> index.unique()
						&& (primaryKey == null || !index.columns().equals(primaryKey.columns())))
				.map((index) -> new Key(index.name(), index.columns()))
				.toList();
			return new Table(this.name, columns, primaryKey, uniqueKeys, foreignKeys, indexes);
		}

		private @Nullable Key primaryKey(Scope scope) throws SQLException {
			Map<Integer, String> columns = new TreeMap<>();
			@Nullable String name = null;
			try (ResultSet rows = scope.metaData.getPrimaryKeys(scope.catalog(), scope.exactSchema(),
					this.name.name())) {
				while (rows.next()) {
					columns.put(rows.getInt("KEY_SEQ"), rows.getString("COLUMN_NAME"));
					name = rows.getString("PK_NAME");
				}
			}
			return columns.isEmpty() ? null : new Key(name, new ArrayList<>(columns.values()));
		}

		private List<ForeignKey> foreignKeys(Scope scope) throws SQLException {
			Map<String, ForeignKeyBuilder> foreignKeys = new LinkedHashMap<>();
			try (ResultSet rows = scope.metaData.getImportedKeys(scope.catalog(), scope.exactSchema(),
					this.name.name())) {
				while (rows.next()) {
					QualifiedName referenced = scope.qualify(rows.getString("PKTABLE_CAT"),
							rows.getString("PKTABLE_SCHEM"), rows.getString("PKTABLE_NAME"));
					String name = rows.getString("FK_NAME");
					String key = (name != null) ? name : "\u0000" + referenced;
					foreignKeys.computeIfAbsent(key, (unused) -> new ForeignKeyBuilder(name, referenced))
						.add(rows.getInt("KEY_SEQ"), rows.getString("FKCOLUMN_NAME"), rows.getString("PKCOLUMN_NAME"));
				}
			}
			return foreignKeys.values()
				.stream()
				.map(ForeignKeyBuilder::build)
				.sorted(Comparator.comparing(ForeignKey::name, NULLS_LAST))
				.toList();
		}

		private List<Index> indexes(Scope scope, List<Column> columns) throws SQLException {
			Set<String> columnNames = new HashSet<>();
			columns.forEach((column) -> columnNames.add(column.name()));
			Map<String, IndexBuilder> indexes = new LinkedHashMap<>();
			try (ResultSet rows = scope.metaData.getIndexInfo(scope.catalog(), scope.exactSchema(), this.name.name(),
					false, true)) {
				while (rows.next()) {
					String name = rows.getString("INDEX_NAME");
					if (name != null && rows.getShort("TYPE") != DatabaseMetaData.tableIndexStatistic) {
						indexes.computeIfAbsent(name, IndexBuilder::new).add(rows, columnNames);
					}
				}
			}
			return indexes.values()
				.stream()
				.filter((index) -> index.onPlainColumns)
				.map(IndexBuilder::build)
				.sorted(Comparator.comparing(Index::name, NULLS_LAST))
				.toList();
		}

	}

	private static final class ForeignKeyBuilder {

		private final @Nullable String name;

		private final QualifiedName referencedTable;

		private final Map<Integer, String[]> columns = new TreeMap<>();

		ForeignKeyBuilder(@Nullable String name, QualifiedName referencedTable) {
			this.name = name;
			this.referencedTable = referencedTable;
		}

		void add(int sequence, String column, String referencedColumn) {
			this.columns.put(sequence, new String[] { column, referencedColumn });
		}

		ForeignKey build() {
			List<String> columns = this.columns.values().stream().map((pair) -> pair[0]).toList();
			List<String> referencedColumns = this.columns.values().stream().map((pair) -> pair[1]).toList();
			return new ForeignKey(this.name, columns, this.referencedTable, referencedColumns);
		}

	}

	private static final class IndexBuilder {

		private final String name;

		private final Map<Integer, String> columns = new TreeMap<>();

		private boolean unique;

		private boolean onPlainColumns = true;

		IndexBuilder(String name) {
			this.name = name;
		}

		/**
		 * Add a row. Drivers report an expression in place of the column name (or no
		 * name), and a partial index with its filter: such indexes are left out.
		 */
		void add(ResultSet row, Set<String> columnNames) throws SQLException {
			this.unique = !row.getBoolean("NON_UNIQUE");
			String column = row.getString("COLUMN_NAME");
			String filter = optionalString(row, "FILTER_CONDITION");
			if (column == null || !columnNames.contains(column) || (filter != null && !filter.isBlank())) {
				this.onPlainColumns = false;
			}
			else {
				this.columns.put((int) row.getShort("ORDINAL_POSITION"), column);
			}
		}

		Index build() {
			return new Index(this.name, new ArrayList<>(this.columns.values()), this.unique);
		}

	}

}

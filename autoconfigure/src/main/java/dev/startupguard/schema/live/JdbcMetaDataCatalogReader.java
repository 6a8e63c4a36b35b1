package dev.startupguard.schema.live;

import java.sql.DatabaseMetaData;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.jspecify.annotations.Nullable;

import dev.startupguard.schema.Column;
import dev.startupguard.schema.ColumnType;
import dev.startupguard.schema.ColumnTypes;
import dev.startupguard.schema.DatabaseFamily;
import dev.startupguard.schema.DatabaseInfo;
import dev.startupguard.schema.QualifiedName;
import dev.startupguard.schema.SchemaSnapshot;
import dev.startupguard.schema.TypeFamily;

/**
 * {@link CatalogReader} for any database, through plain {@link DatabaseMetaData}. Tables
 * and columns come in one call per schema, but JDBC has no bulk form of
 * {@code getPrimaryKeys}, {@code getImportedKeys} and {@code getIndexInfo}: they cost
 * three round trips per table, which is why the databases we know best have readers of
 * their own catalogs. JDBC offers no timeout for these calls.
 * <p>
 * JDBC has no call for sequences: those a driver lists with the tables (pgjdbc and
 * MariaDB Connector/J do, H2's driver does not) are reported, with no increment. Nor does
 * it tell a unique constraint from the unique index that enforces it: every unique index
 * other than the primary key's is reported as a unique key as well. Indexes with a filter
 * or on anything but the table's columns are left out, and a native enum is reported
 * without its values.
 *
 * @author Startup Guard contributors
 */
final class JdbcMetaDataCatalogReader implements CatalogReader {

	// Drivers name table types their own way (H2 says BASE TABLE): all types are asked
	// for and filtered here
	private static final Set<String> TABLE_TYPES = Set.of("TABLE", "BASE TABLE", "SYSTEM VERSIONED",
			"PARTITIONED TABLE", "VIEW", "MATERIALIZED VIEW");

	private static final Set<String> VIEW_TYPES = Set.of("VIEW", "MATERIALIZED VIEW");

	// Some drivers (pgjdbc, MariaDB Connector/J) list sequences with the tables, others
	// (H2) not at all; not every driver that lists them names the type in its table types
	private static final String SEQUENCE_TYPE = "SEQUENCE";

	private static final Set<Integer> LENGTH_TYPES = Set.of(Types.CHAR, Types.VARCHAR, Types.NCHAR, Types.NVARCHAR,
			Types.BINARY, Types.VARBINARY);

	@Override
	public SchemaSnapshot read(CatalogQueries catalog, DatabaseInfo database, List<String> schemas)
			throws SQLException {
		DatabaseMetaData metaData = catalog.connection().getMetaData();
		boolean schemasAreCatalogs = !metaData.supportsSchemasInTableDefinitions();
		SnapshotBuilder snapshot = new SnapshotBuilder(SnapshotBuilder.Rule.UNIQUE_INDEXES_ARE_KEYS,
				SnapshotBuilder.Rule.INDEX_EXPRESSIONS_AS_COLUMNS);
		for (String schema : schemas) {
			Scope scope = new Scope(metaData, schema, schemasAreCatalogs);
			for (QualifiedName table : readTables(scope, snapshot)) {
				readPrimaryKey(scope, table, snapshot);
				readForeignKeys(scope, table, snapshot);
				readIndexes(scope, table, snapshot);
			}
		}
		// none listed: either there are none, or the driver cannot list them
		if (snapshot.sequenceNames().isEmpty() && !namesSequenceType(metaData)) {
			snapshot.sequencesUnreadable();
		}
		return snapshot.build();
	}

	private static boolean namesSequenceType(DatabaseMetaData metaData) throws SQLException {
		try (ResultSet types = metaData.getTableTypes()) {
			while (types.next()) {
				if (SEQUENCE_TYPE.equalsIgnoreCase(types.getString("TABLE_TYPE"))) {
					return true;
				}
			}
		}
		return false;
	}

	/**
	 * Read the tables and views of a schema with their columns.
	 * @return the tables, whose keys and indexes are still to read: views have none
	 */
	private List<QualifiedName> readTables(Scope scope, SnapshotBuilder snapshot) throws SQLException {
		List<QualifiedName> tables = new ArrayList<>();
		try (ResultSet rows = scope.metaData.getTables(scope.catalog(), scope.schemaPattern(), "%", null)) {
			while (rows.next()) {
				String type = rows.getString("TABLE_TYPE");
				String upperType = (type != null) ? type.toUpperCase(Locale.ROOT) : "";
				if (!scope.holds(rows, "TABLE_CAT", "TABLE_SCHEM")) {
					continue;
				}
				QualifiedName name = new QualifiedName(scope.schema, rows.getString("TABLE_NAME"));
				if (TABLE_TYPES.contains(upperType)) {
					snapshot.table(name);
					if (!VIEW_TYPES.contains(upperType)) {
						tables.add(name);
					}
				}
				else if (SEQUENCE_TYPE.equals(upperType)) {
					snapshot.sequence(name, null);
				}
			}
		}
		try (ResultSet rows = scope.metaData.getColumns(scope.catalog(), scope.schemaPattern(), "%", "%")) {
			while (rows.next()) {
				if (scope.holds(rows, "TABLE_CAT", "TABLE_SCHEM")) {
					snapshot.column(new QualifiedName(scope.schema, rows.getString("TABLE_NAME")),
							rows.getInt("ORDINAL_POSITION"), column(rows));
				}
			}
		}
		return tables;
	}

	private void readPrimaryKey(Scope scope, QualifiedName table, SnapshotBuilder snapshot) throws SQLException {
		try (ResultSet rows = scope.metaData.getPrimaryKeys(scope.catalog(), scope.exactSchema(), table.name())) {
			while (rows.next()) {
				snapshot.primaryKeyColumn(table, rows.getString("PK_NAME"), rows.getInt("KEY_SEQ"),
						rows.getString("COLUMN_NAME"));
			}
		}
	}

	private void readForeignKeys(Scope scope, QualifiedName table, SnapshotBuilder snapshot) throws SQLException {
		try (ResultSet rows = scope.metaData.getImportedKeys(scope.catalog(), scope.exactSchema(), table.name())) {
			while (rows.next()) {
				QualifiedName referenced = scope.qualify(rows.getString("PKTABLE_CAT"), rows.getString("PKTABLE_SCHEM"),
						rows.getString("PKTABLE_NAME"));
				snapshot.foreignKeyColumn(table, rows.getString("FK_NAME"), rows.getInt("KEY_SEQ"),
						rows.getString("FKCOLUMN_NAME"), referenced, rows.getString("PKCOLUMN_NAME"));
			}
		}
	}

	/**
	 * Read the indexes of a table. Drivers report an expression in place of the column
	 * name (or no name), and a partial index with its filter: such indexes are left out.
	 */
	private void readIndexes(Scope scope, QualifiedName table, SnapshotBuilder snapshot) throws SQLException {
		try (ResultSet rows = scope.metaData.getIndexInfo(scope.catalog(), scope.exactSchema(), table.name(), false,
				true)) {
			while (rows.next()) {
				String name = rows.getString("INDEX_NAME");
				if (name != null && rows.getShort("TYPE") != DatabaseMetaData.tableIndexStatistic) {
					String filter = optionalString(rows, "FILTER_CONDITION");
					boolean filtered = filter != null && !filter.isBlank();
					snapshot.indexColumn(table, name, !rows.getBoolean("NON_UNIQUE"), rows.getShort("ORDINAL_POSITION"),
							filtered ? null : rows.getString("COLUMN_NAME"));
				}
			}
		}
	}

	private static Column column(ResultSet row) throws SQLException {
		ColumnType type = ColumnTypes.parse(declaration(row), DatabaseFamily.OTHER);
		if (type.family() == TypeFamily.OTHER && type.declaration().trim().equalsIgnoreCase("enum")) {
			// a native enum (MariaDB, MySQL) whose values JDBC does not report
			type = new ColumnType(type.declaration(), TypeFamily.ENUM, null, null, null, List.of());
		}
		boolean nullable = row.getInt("NULLABLE") != DatabaseMetaData.columnNoNulls;
		boolean generated = "YES".equals(optionalString(row, "IS_AUTOINCREMENT"))
				|| "YES".equals(optionalString(row, "IS_GENERATEDCOLUMN"));
		String defaultExpression = generated ? null : defaultExpression(row);
		return new Column(row.getString("COLUMN_NAME"), type, nullable, generated || defaultExpression != null,
				defaultExpression, null);
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
	 * Return the column's default as the driver writes it, or {@code null} where it has
	 * none. A default of {@code NULL}, which some drivers report as the word, fills
	 * nothing a {@code NOT NULL} column would need: it counts as none.
	 */
	private static @Nullable String defaultExpression(ResultSet row) throws SQLException {
		String columnDefault = row.getString("COLUMN_DEF");
		if (columnDefault == null || columnDefault.isBlank() || columnDefault.trim().equalsIgnoreCase("NULL")) {
			return null;
		}
		return columnDefault.trim();
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

}

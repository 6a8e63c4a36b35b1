package dev.startupguard.schema.live;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import dev.startupguard.schema.Column;
import dev.startupguard.schema.ColumnType;
import dev.startupguard.schema.ColumnTypes;
import dev.startupguard.schema.DatabaseFamily;
import dev.startupguard.schema.DatabaseInfo;
import dev.startupguard.schema.QualifiedName;
import dev.startupguard.schema.SchemaSnapshot;
import dev.startupguard.schema.TypeFamily;

/**
 * {@link CatalogReader} for H2 2.x, reading its {@code INFORMATION_SCHEMA} in eight
 * queries whatever the number of tables.
 *
 * @author Startup Guard contributors
 */
final class H2CatalogReader implements CatalogReader {

	private static final String SEPARATOR = "\u0000";

	@Override
	public SchemaSnapshot read(CatalogQueries catalog, DatabaseInfo database, List<String> schemas)
			throws SQLException {
		SnapshotBuilder snapshot = new SnapshotBuilder();
		String in = CatalogQueries.placeholders(schemas.size());
		catalog.query(
				"SELECT TABLE_SCHEMA, TABLE_NAME FROM INFORMATION_SCHEMA.TABLES WHERE TABLE_SCHEMA IN " + in
						+ " AND TABLE_TYPE IN ('BASE TABLE', 'VIEW', 'GLOBAL TEMPORARY')",
				schemas, (row) -> snapshot.table(tableName(row)));
		Map<String, List<String>> enumValues = enumValues(catalog, schemas, in);
		catalog.query("SELECT TABLE_SCHEMA, TABLE_NAME, COLUMN_NAME, DATA_TYPE, CHARACTER_MAXIMUM_LENGTH,"
				+ " NUMERIC_PRECISION, NUMERIC_SCALE, DATETIME_PRECISION, IS_NULLABLE, COLUMN_DEFAULT, IS_IDENTITY,"
				+ " IS_GENERATED, DTD_IDENTIFIER, ORDINAL_POSITION FROM INFORMATION_SCHEMA.COLUMNS WHERE TABLE_SCHEMA IN "
				+ in + " ORDER BY TABLE_SCHEMA, TABLE_NAME, ORDINAL_POSITION", schemas,
				(row) -> snapshot.column(tableName(row), row.getInt(14), column(row, enumValues)));
		readKeys(catalog, schemas, in, snapshot);
		// INDEX_COLUMNS alone: H2 evaluates a join of its information schema views once
		// per row
		catalog.query(
				"SELECT TABLE_SCHEMA, TABLE_NAME, INDEX_NAME, IS_UNIQUE, COLUMN_NAME, ORDINAL_POSITION"
						+ " FROM INFORMATION_SCHEMA.INDEX_COLUMNS WHERE TABLE_SCHEMA IN " + in
						+ " ORDER BY TABLE_SCHEMA, TABLE_NAME, INDEX_NAME, ORDINAL_POSITION",
				schemas, (row) -> snapshot.indexColumn(tableName(row), row.getString(3), row.getBoolean(4),
						row.getInt(6), row.getString(5)));
		catalog.query(
				"SELECT SEQUENCE_SCHEMA, SEQUENCE_NAME, INCREMENT FROM INFORMATION_SCHEMA.SEQUENCES"
						+ " WHERE SEQUENCE_SCHEMA IN " + in,
				schemas, (row) -> snapshot.sequence(tableName(row), row.getLong(3)));
		return snapshot.build();
	}

	/**
	 * Read primary, unique and foreign keys with three single-view queries joined here:
	 * H2 evaluates a join of its information schema views once per row, which grows with
	 * the square of the number of constraints.
	 */
	private void readKeys(CatalogQueries catalog, List<String> schemas, String in, SnapshotBuilder snapshot)
			throws SQLException {
		Map<String, String> types = new HashMap<>();
		catalog.query(
				"SELECT CONSTRAINT_SCHEMA, CONSTRAINT_NAME, CONSTRAINT_TYPE FROM INFORMATION_SCHEMA.TABLE_CONSTRAINTS"
						+ " WHERE TABLE_SCHEMA IN " + in
						+ " AND CONSTRAINT_TYPE IN ('PRIMARY KEY', 'UNIQUE', 'FOREIGN KEY')",
				schemas, (row) -> types.put(key(row.getString(1), row.getString(2)), row.getString(3)));
		Map<String, String> referencedConstraints = new HashMap<>();
		catalog.query(
				"SELECT CONSTRAINT_SCHEMA, CONSTRAINT_NAME, UNIQUE_CONSTRAINT_SCHEMA, UNIQUE_CONSTRAINT_NAME"
						+ " FROM INFORMATION_SCHEMA.REFERENTIAL_CONSTRAINTS WHERE CONSTRAINT_SCHEMA IN " + in,
				schemas, (row) -> referencedConstraints.put(key(row.getString(1), row.getString(2)),
						key(row.getString(3), row.getString(4))));
		List<KeyColumn> keyColumns = new ArrayList<>();
		Map<String, KeyColumn> byPosition = new HashMap<>();
		catalog.query("SELECT CONSTRAINT_SCHEMA, CONSTRAINT_NAME, TABLE_SCHEMA, TABLE_NAME, COLUMN_NAME,"
				+ " ORDINAL_POSITION, POSITION_IN_UNIQUE_CONSTRAINT FROM INFORMATION_SCHEMA.KEY_COLUMN_USAGE"
				+ " WHERE CONSTRAINT_SCHEMA IN " + in
				+ " ORDER BY CONSTRAINT_SCHEMA, CONSTRAINT_NAME, ORDINAL_POSITION", schemas, (row) -> {
					KeyColumn column = new KeyColumn(key(row.getString(1), row.getString(2)), row.getString(3),
							row.getString(4), row.getString(5), row.getInt(6), row.getInt(7));
					keyColumns.add(column);
					byPosition.put(column.constraint() + SEPARATOR + column.position(), column);
				});
		for (KeyColumn column : keyColumns) {
			String type = types.get(column.constraint());
			QualifiedName table = new QualifiedName(column.schema(), column.table());
			String name = name(column.constraint());
			if ("PRIMARY KEY".equals(type)) {
				snapshot.primaryKeyColumn(table, name, column.position(), column.column());
			}
			else if ("UNIQUE".equals(type)) {
				snapshot.uniqueKeyColumn(table, name, column.position(), column.column());
			}
			else if ("FOREIGN KEY".equals(type)) {
				KeyColumn referenced = byPosition
					.get(referencedConstraints.get(column.constraint()) + SEPARATOR + column.referencedPosition());
				if (referenced != null) {
					snapshot.foreignKeyColumn(table, name, column.position(), column.column(),
							new QualifiedName(referenced.schema(), referenced.table()), referenced.column());
				}
			}
		}
	}

	/**
	 * Return the name of the table or sequence in the first two columns of a row.
	 */
	private static QualifiedName tableName(ResultSet row) throws SQLException {
		return new QualifiedName(row.getString(1), row.getString(2));
	}

	private static String key(String schema, String name) {
		return schema + SEPARATOR + name;
	}

	private static String name(String key) {
		return key.substring(key.indexOf(SEPARATOR) + 1);
	}

	private Map<String, List<String>> enumValues(CatalogQueries catalog, List<String> schemas, String in)
			throws SQLException {
		Map<String, List<String>> values = new HashMap<>();
		catalog.query(
				"SELECT OBJECT_SCHEMA, OBJECT_NAME, ENUM_IDENTIFIER, VALUE_NAME"
						+ " FROM INFORMATION_SCHEMA.ENUM_VALUES WHERE OBJECT_TYPE = 'TABLE' AND OBJECT_SCHEMA IN " + in
						+ " ORDER BY OBJECT_SCHEMA, OBJECT_NAME, ENUM_IDENTIFIER, VALUE_ORDINAL",
				schemas,
				(row) -> values
					.computeIfAbsent(enumKey(row.getString(1), row.getString(2), row.getString(3)),
							(key) -> new ArrayList<>())
					.add(row.getString(4)));
		return values;
	}

	private static String enumKey(String schema, String table, String identifier) {
		return schema + SEPARATOR + table + SEPARATOR + identifier;
	}

	private static Column column(ResultSet row, Map<String, List<String>> enumValues) throws SQLException {
		String dataType = row.getString(4);
		ColumnType type;
		if ("ENUM".equals(dataType)) {
			List<String> values = enumValues
				.getOrDefault(enumKey(row.getString(1), row.getString(2), row.getString(13)), List.of());
			type = new ColumnType(dataType, TypeFamily.ENUM, null, null, null, values);
		}
		else {
			type = ColumnTypes.parse(declaration(dataType, row), DatabaseFamily.H2);
		}
		// H2 keeps an identity's and a generated column's expression apart from the
		// default
		String defaultExpression = row.getString(10);
		boolean defaulted = defaultExpression != null || "YES".equals(row.getString(11))
				|| "ALWAYS".equals(row.getString(12));
		return new Column(row.getString(3), type, "YES".equals(row.getString(9)), defaulted, defaultExpression, null);
	}

	private static String declaration(String dataType, ResultSet row) throws SQLException {
		String upper = dataType.toUpperCase(Locale.ROOT);
		if (upper.contains("LARGE OBJECT")) {
			return dataType;
		}
		if (upper.startsWith("CHARACTER") || upper.startsWith("BINARY")) {
			long length = row.getLong(5);
			return row.wasNull() ? dataType : dataType + "(" + length + ")";
		}
		if (upper.equals("NUMERIC") || upper.equals("DECIMAL")) {
			return dataType + "(" + row.getInt(6) + ", " + row.getInt(7) + ")";
		}
		if (upper.startsWith("TIME")) {
			int precision = row.getInt(8);
			if (row.wasNull()) {
				return dataType;
			}
			int zone = upper.indexOf(" WITH");
			return (zone >= 0) ? dataType.substring(0, zone) + "(" + precision + ")" + dataType.substring(zone)
					: dataType + "(" + precision + ")";
		}
		return dataType;
	}

	private record KeyColumn(String constraint, String schema, String table, String column, int position,
			int referencedPosition) {

	}

}

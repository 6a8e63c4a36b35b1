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
 * {@link CatalogReader} for H2 2.x, reading its {@code INFORMATION_SCHEMA} in six queries
 * whatever the number of tables.
 *
 * @author Startup Guard contributors
 */
final class H2CatalogReader implements CatalogReader {

	@Override
	public SchemaSnapshot read(CatalogQueries catalog, DatabaseInfo database, List<String> schemas)
			throws SQLException {
		SnapshotBuilder snapshot = new SnapshotBuilder();
		String in = CatalogQueries.placeholders(schemas.size());
		catalog.query(
				"SELECT TABLE_SCHEMA, TABLE_NAME FROM INFORMATION_SCHEMA.TABLES WHERE TABLE_SCHEMA IN " + in
						+ " AND TABLE_TYPE IN ('BASE TABLE', 'VIEW', 'GLOBAL TEMPORARY')",
				schemas, (row) -> snapshot.table(row.getString(1), row.getString(2)));
		Map<String, List<String>> enumValues = enumValues(catalog, schemas, in);
		catalog.query("SELECT TABLE_SCHEMA, TABLE_NAME, COLUMN_NAME, DATA_TYPE, CHARACTER_MAXIMUM_LENGTH,"
				+ " NUMERIC_PRECISION, NUMERIC_SCALE, DATETIME_PRECISION, IS_NULLABLE, COLUMN_DEFAULT, IS_IDENTITY,"
				+ " IS_GENERATED, DTD_IDENTIFIER FROM INFORMATION_SCHEMA.COLUMNS WHERE TABLE_SCHEMA IN " + in
				+ " ORDER BY TABLE_SCHEMA, TABLE_NAME, ORDINAL_POSITION", schemas,
				(row) -> snapshot.column(row.getString(1), row.getString(2), column(row, enumValues)));
		catalog.query("SELECT tc.TABLE_SCHEMA, tc.TABLE_NAME, tc.CONSTRAINT_NAME, tc.CONSTRAINT_TYPE, k.COLUMN_NAME,"
				+ " r.TABLE_SCHEMA, r.TABLE_NAME, r.COLUMN_NAME FROM INFORMATION_SCHEMA.TABLE_CONSTRAINTS tc"
				+ " JOIN INFORMATION_SCHEMA.KEY_COLUMN_USAGE k ON k.CONSTRAINT_SCHEMA = tc.CONSTRAINT_SCHEMA"
				+ " AND k.CONSTRAINT_NAME = tc.CONSTRAINT_NAME"
				+ " LEFT JOIN INFORMATION_SCHEMA.REFERENTIAL_CONSTRAINTS rc ON rc.CONSTRAINT_SCHEMA = tc.CONSTRAINT_SCHEMA"
				+ " AND rc.CONSTRAINT_NAME = tc.CONSTRAINT_NAME"
				+ " LEFT JOIN INFORMATION_SCHEMA.KEY_COLUMN_USAGE r ON r.CONSTRAINT_SCHEMA = rc.UNIQUE_CONSTRAINT_SCHEMA"
				+ " AND r.CONSTRAINT_NAME = rc.UNIQUE_CONSTRAINT_NAME AND r.ORDINAL_POSITION = k.POSITION_IN_UNIQUE_CONSTRAINT"
				+ " WHERE tc.TABLE_SCHEMA IN " + in
				+ " AND tc.CONSTRAINT_TYPE IN ('PRIMARY KEY', 'UNIQUE', 'FOREIGN KEY')"
				+ " ORDER BY tc.TABLE_SCHEMA, tc.TABLE_NAME, tc.CONSTRAINT_NAME, k.ORDINAL_POSITION", schemas,
				(row) -> constraintColumn(row, snapshot));
		catalog.query("SELECT i.TABLE_SCHEMA, i.TABLE_NAME, i.INDEX_NAME, c.IS_UNIQUE, c.COLUMN_NAME"
				+ " FROM INFORMATION_SCHEMA.INDEXES i JOIN INFORMATION_SCHEMA.INDEX_COLUMNS c"
				+ " ON c.INDEX_SCHEMA = i.INDEX_SCHEMA AND c.INDEX_NAME = i.INDEX_NAME" + " WHERE i.TABLE_SCHEMA IN "
				+ in + " ORDER BY i.TABLE_SCHEMA, i.TABLE_NAME, i.INDEX_NAME, c.ORDINAL_POSITION", schemas,
				(row) -> snapshot.indexColumn(row.getString(1), row.getString(2), row.getString(3), row.getBoolean(4),
						row.getString(5)));
		catalog.query(
				"SELECT SEQUENCE_SCHEMA, SEQUENCE_NAME, INCREMENT FROM INFORMATION_SCHEMA.SEQUENCES"
						+ " WHERE SEQUENCE_SCHEMA IN " + in,
				schemas, (row) -> snapshot.sequence(row.getString(1), row.getString(2), row.getLong(3)));
		return snapshot.build();
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
		return schema + "\u0000" + table + "\u0000" + identifier;
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
		boolean defaulted = row.getString(10) != null || "YES".equals(row.getString(11))
				|| "ALWAYS".equals(row.getString(12));
		return new Column(row.getString(3), type, "YES".equals(row.getString(9)), defaulted);
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

	private static void constraintColumn(ResultSet row, SnapshotBuilder snapshot) throws SQLException {
		String schema = row.getString(1);
		String table = row.getString(2);
		String constraint = row.getString(3);
		String column = row.getString(5);
		switch (row.getString(4)) {
			case "PRIMARY KEY" -> snapshot.primaryKeyColumn(schema, table, constraint, column);
			case "UNIQUE" -> snapshot.uniqueKeyColumn(schema, table, constraint, column);
			default -> snapshot.foreignKeyColumn(schema, table, constraint, column,
					new QualifiedName(row.getString(6), row.getString(7)), row.getString(8));
		}
	}

}

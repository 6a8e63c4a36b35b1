package dev.startupguard.schema.live;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;

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
 * {@link CatalogReader} for PostgreSQL, reading {@code pg_catalog} in five queries (one
 * per kind of object) whatever the number of tables.
 *
 * @author Startup Guard contributors
 */
final class PostgresCatalogReader implements CatalogReader {

	private static final String RELATIONS = """
			FROM pg_catalog.pg_class c
			JOIN pg_catalog.pg_namespace n ON n.oid = c.relnamespace
			""";

	/**
	 * Relations an entity may map to: tables, partitioned parents, views, materialized
	 * views and foreign tables. Partitions are left out since entities map to their
	 * parent.
	 */
	private static final String IN_SCHEMAS = """
			WHERE n.nspname = ANY (?)
			AND c.relkind IN ('r', 'p', 'v', 'm', 'f')
			AND NOT c.relispartition
			""";

	private static final String TABLES_SQL = "SELECT c.oid::int8 AS table_oid, n.nspname, c.relname\n" + RELATIONS
			+ IN_SCHEMAS;

	/**
	 * Columns, with domains resolved to their base type through any number of levels: the
	 * NOT NULL and DEFAULT of every domain on the way count, and the type modifier comes
	 * from the innermost domain, the only one that can state it. The default expression
	 * (the first placeholder, with the join it needs in the second) is none, or the
	 * column's own from {@code pg_attrdef}: a generated column keeps its generation
	 * expression there, which is no default, and a domain's default is not the column's.
	 */
	private static final String COLUMNS_SQL = """
			WITH RECURSIVE domains (domain_oid, base_oid, typmod, not_null, defaulted) AS (
				SELECT t.oid, t.typbasetype, t.typtypmod, t.typnotnull, t.typdefaultbin IS NOT NULL
				FROM pg_catalog.pg_type t
				WHERE t.typtype = 'd'
				UNION ALL
				SELECT d.domain_oid, b.typbasetype, b.typtypmod, d.not_null OR b.typnotnull,
					d.defaulted OR b.typdefaultbin IS NOT NULL
				FROM domains d
				JOIN pg_catalog.pg_type b ON b.oid = d.base_oid
				WHERE b.typtype = 'd'
			),
			resolved AS (
				SELECT d.* FROM domains d
				JOIN pg_catalog.pg_type b ON b.oid = d.base_oid
				WHERE b.typtype <> 'd'
			)
			SELECT a.attrelid::int8 AS table_oid, a.attnum, a.attname,
				pg_catalog.format_type(bt.oid, COALESCE(r.typmod, a.atttypmod)) AS declaration,
				CASE WHEN bt.typtype = 'e' THEN ARRAY(
					SELECT e.enumlabel::text FROM pg_catalog.pg_enum e
					WHERE e.enumtypid = bt.oid ORDER BY e.enumsortorder) END AS enum_labels,
				a.attnotnull OR COALESCE(r.not_null, false) AS not_null,
				a.atthasdef OR a.attidentity <> '' OR a.attgenerated <> ''
					OR COALESCE(r.defaulted, false) AS defaulted,
				%s AS default_expression
			""" + RELATIONS + """
			JOIN pg_catalog.pg_attribute a ON a.attrelid = c.oid
			%s
			LEFT JOIN resolved r ON r.domain_oid = a.atttypid
			JOIN pg_catalog.pg_type bt ON bt.oid = COALESCE(r.base_oid, a.atttypid)
			""" + IN_SCHEMAS + """
			AND a.attnum > 0
			AND NOT a.attisdropped
			""";

	/**
	 * Deparsing a default costs a function call per column that has one (some 15 µs on a
	 * loaded machine; 60 ms more for 4,000 defaulted columns), so only the snapshot's
	 * comparison, which uses them, asks for them.
	 */
	private static final String COLUMNS_WITH_DEFAULT_EXPRESSIONS_SQL = COLUMNS_SQL.formatted(
			"CASE WHEN a.attgenerated = '' THEN pg_catalog.pg_get_expr(ad.adbin, ad.adrelid) END",
			"LEFT JOIN pg_catalog.pg_attrdef ad ON ad.adrelid = a.attrelid AND ad.adnum = a.attnum");

	private static final String COLUMNS_WITHOUT_DEFAULT_EXPRESSIONS_SQL = COLUMNS_SQL.formatted("NULL::text", "");

	/**
	 * Primary keys, unique constraints and foreign keys. A foreign key to a partitioned
	 * table has a child constraint per partition ({@code conparentid} set) that is not
	 * one of its own. Key columns come as attribute numbers, which the columns already
	 * read name: naming them here cost a sorted subquery per constraint, most of this
	 * query's time. Only the referenced columns of a table that is not read (in another
	 * schema, or a partition) are named here.
	 */
	private static final String CONSTRAINTS_SQL = """
			SELECT k.conrelid::int8 AS table_oid, k.conname, k.contype, k.conkey::int2[] AS columns,
				k.confrelid::int8 AS referenced_oid, rn.nspname AS referenced_schema,
				rc.relname AS referenced_table, k.confkey::int2[] AS referenced_keys,
				CASE WHEN k.contype = 'f' AND (rc.relispartition OR NOT (rn.nspname = ANY (?)))
					THEN ARRAY(SELECT a.attname::text
						FROM unnest(k.confkey) WITH ORDINALITY AS col (attnum, ord)
						JOIN pg_catalog.pg_attribute a ON a.attrelid = k.confrelid AND a.attnum = col.attnum
						ORDER BY col.ord)
				END AS referenced_columns
			""" + RELATIONS + """
			JOIN pg_catalog.pg_constraint k ON k.conrelid = c.oid
			LEFT JOIN pg_catalog.pg_class rc ON rc.oid = k.confrelid
			LEFT JOIN pg_catalog.pg_namespace rn ON rn.oid = rc.relnamespace
			""" + IN_SCHEMAS + """
			AND k.contype IN ('p', 'u', 'f')
			AND k.conparentid = 0
			""";

	/**
	 * Indexes on plain columns, key columns only, as attribute numbers that the columns
	 * already read name: partial indexes and indexes with an expression (an
	 * {@code indkey} entry of 0) are left out, and so are invalid ones (a failed
	 * concurrent build) since queries cannot use them.
	 */
	private static final String INDEXES_SQL = """
			SELECT i.indrelid::int8 AS table_oid, ic.relname AS index_name, i.indisunique, i.indnkeyatts,
				i.indkey::int2[] AS columns
			""" + RELATIONS + """
			JOIN pg_catalog.pg_index i ON i.indrelid = c.oid
			JOIN pg_catalog.pg_class ic ON ic.oid = i.indexrelid
			""" + IN_SCHEMAS + """
			AND i.indisvalid
			AND i.indpred IS NULL
			AND NOT (0 = ANY (i.indkey::int2[]))
			""";

	private static final String SEQUENCES_SQL = """
			SELECT n.nspname, c.relname, s.seqincrement
			""" + RELATIONS + """
			JOIN pg_catalog.pg_sequence s ON s.seqrelid = c.oid
			WHERE n.nspname = ANY (?)
			AND c.relkind = 'S'
			""";

	private final String columnsSql;

	/**
	 * Create a reader.
	 * @param defaultExpressions whether to read the columns' default expressions
	 */
	PostgresCatalogReader(boolean defaultExpressions) {
		this.columnsSql = defaultExpressions ? COLUMNS_WITH_DEFAULT_EXPRESSIONS_SQL
				: COLUMNS_WITHOUT_DEFAULT_EXPRESSIONS_SQL;
	}

	@Override
	public SchemaSnapshot read(CatalogQueries catalog, DatabaseInfo database, List<String> schemas)
			throws SQLException {
		List<Array> parameters = List.of(catalog.connection().createArrayOf("text", schemas.toArray()));
		SnapshotBuilder snapshot = new SnapshotBuilder();
		Function<String, ColumnType> types = ColumnTypes.parser(DatabaseFamily.POSTGRESQL);
		// the other queries name a relation by its oid, which spares them joins
		Map<Long, QualifiedName> tables = new HashMap<>();
		catalog.query(TABLES_SQL, parameters, (row) -> {
			QualifiedName name = new QualifiedName(row.getString("nspname"), row.getString("relname"));
			tables.put(row.getLong("table_oid"), name);
			snapshot.table(name);
		});
		// (table oid, attribute number) -> column name, for the keys and indexes
		Map<Long, Map<Integer, String>> attributes = new HashMap<>();
		catalog.query(this.columnsSql, parameters, (row) -> {
			long oid = row.getLong("table_oid");
			int attnum = row.getInt("attnum");
			String name = row.getString("attname");
			attributes.computeIfAbsent(oid, (key) -> new HashMap<>()).put(attnum, name);
			snapshot.column(tables.get(oid), attnum,
					new Column(name, columnType(row, types), !row.getBoolean("not_null"), row.getBoolean("defaulted"),
							row.getString("default_expression"), null));
		});
		catalog.query(CONSTRAINTS_SQL, List.of(parameters.get(0), parameters.get(0)),
				(row) -> addConstraint(snapshot, tables.get(row.getLong("table_oid")), attributes, row));
		catalog.query(INDEXES_SQL, parameters, (row) -> {
			long oid = row.getLong("table_oid");
			List<Integer> keys = numbers(row, "columns");
			int keyCount = Math.min(row.getInt("indnkeyatts"), keys.size());
			for (int i = 0; i < keyCount; i++) {
				snapshot.indexColumn(tables.get(oid), row.getString("index_name"), row.getBoolean("indisunique"), i,
						named(attributes, oid, keys.get(i)));
			}
		});
		catalog.query(SEQUENCES_SQL, parameters,
				(row) -> snapshot.sequence(new QualifiedName(row.getString("nspname"), row.getString("relname")),
						row.getLong("seqincrement")));
		return snapshot.build();
	}

	private ColumnType columnType(ResultSet row, Function<String, ColumnType> types) throws SQLException {
		String declaration = row.getString("declaration");
		List<String> enumLabels = strings(row, "enum_labels");
		if (enumLabels != null) {
			return new ColumnType(declaration, TypeFamily.ENUM, null, null, null, enumLabels);
		}
		return types.apply(declaration);
	}

	private void addConstraint(SnapshotBuilder snapshot, @Nullable QualifiedName table,
			Map<Long, Map<Integer, String>> attributes, ResultSet row) throws SQLException {
		long oid = row.getLong("table_oid");
		String name = row.getString("conname");
		List<Integer> columns = numbers(row, "columns");
		String type = row.getString("contype");
		if (!type.equals("f")) {
			for (int i = 0; i < columns.size(); i++) {
				String column = named(attributes, oid, columns.get(i));
				if (type.equals("p")) {
					snapshot.primaryKeyColumn(table, name, i, column);
				}
				else {
					snapshot.uniqueKeyColumn(table, name, i, column);
				}
			}
			return;
		}
		QualifiedName referencedTable = new QualifiedName(row.getString("referenced_schema"),
				row.getString("referenced_table"));
		long referencedOid = row.getLong("referenced_oid");
		List<Integer> referencedKeys = numbers(row, "referenced_keys");
		// named by the query only when the referenced table is not read
		List<String> referencedColumns = strings(row, "referenced_columns");
		for (int i = 0; i < columns.size(); i++) {
			String referencedColumn = (referencedColumns != null) ? referencedColumns.get(i) : Objects.requireNonNull(
					named(attributes, referencedOid, referencedKeys.get(i)), "column of a table that was read");
			snapshot.foreignKeyColumn(table, name, i, named(attributes, oid, columns.get(i)), referencedTable,
					referencedColumn);
		}
	}

	/**
	 * Return the name of a column by its table and attribute number, or {@code null} (a
	 * column the builder leaves out with its key or index) where the columns read have
	 * none.
	 */
	private static @Nullable String named(Map<Long, Map<Integer, String>> attributes, long table, int attnum) {
		Map<Integer, String> columns = attributes.get(table);
		return (columns != null) ? columns.get(attnum) : null;
	}

	private static List<Integer> numbers(ResultSet row, String column) throws SQLException {
		Array array = row.getArray(column);
		if (array == null) {
			return List.of();
		}
		try {
			return Arrays.stream((Object[]) array.getArray()).map((number) -> ((Number) number).intValue()).toList();
		}
		finally {
			array.free();
		}
	}

	private static @Nullable List<String> strings(ResultSet row, String column) throws SQLException {
		Array array = row.getArray(column);
		if (array == null) {
			return null;
		}
		try {
			return Arrays.stream((Object[]) array.getArray()).map(String.class::cast).toList();
		}
		finally {
			array.free();
		}
	}

}

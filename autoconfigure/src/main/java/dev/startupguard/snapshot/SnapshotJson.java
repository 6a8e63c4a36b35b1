package dev.startupguard.snapshot;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import org.jspecify.annotations.Nullable;

import dev.startupguard.schema.Column;
import dev.startupguard.schema.ColumnType;
import dev.startupguard.schema.DatabaseFamily;
import dev.startupguard.schema.ForeignKey;
import dev.startupguard.schema.Index;
import dev.startupguard.schema.Key;
import dev.startupguard.schema.QualifiedName;
import dev.startupguard.schema.SchemaSnapshot;
import dev.startupguard.schema.Sequence;
import dev.startupguard.schema.Table;
import dev.startupguard.schema.TypeFamily;

/**
 * The mapping between the schema model and the snapshot file's JSON values (maps, lists
 * and scalars), both ways. A value the file lacks or holds in the wrong shape is a
 * {@link SnapshotFormatException} naming where.
 *
 * @author Startup Guard contributors
 */
final class SnapshotJson {

	private SnapshotJson() {
	}

	static Map<String, Object> migrations(MigrationHistory history) {
		Map<String, Object> json = new LinkedHashMap<>();
		json.put("tool", history.tool());
		json.put("digest", history.digest());
		json.put("tables", history.tables());
		json.put("applied", history.applied().stream().map((migration) -> {
			Map<String, Object> applied = new LinkedHashMap<>();
			applied.put("id", migration.id());
			applied.put("description", migration.description());
			applied.put("checksum", migration.checksum());
			return applied;
		}).toList());
		return json;
	}

	static Map<String, Object> table(Table table) {
		Map<String, Object> json = name(table.name());
		json.put("columns", table.columns().stream().map(SnapshotJson::column).toList());
		json.put("primaryKey", (table.primaryKey() != null) ? key(table.primaryKey()) : null);
		json.put("uniqueKeys", table.uniqueKeys().stream().map(SnapshotJson::key).toList());
		json.put("foreignKeys", table.foreignKeys().stream().map(SnapshotJson::foreignKey).toList());
		json.put("indexes", table.indexes().stream().map(SnapshotJson::index).toList());
		return json;
	}

	static Map<String, Object> sequence(Sequence sequence) {
		Map<String, Object> json = name(sequence.name());
		json.put("increment", sequence.increment());
		return json;
	}

	private static Map<String, Object> name(QualifiedName name) {
		Map<String, Object> json = new LinkedHashMap<>();
		json.put("schema", name.schema());
		json.put("name", name.name());
		return json;
	}

	private static Map<String, Object> column(Column column) {
		ColumnType type = column.type();
		Map<String, Object> json = new LinkedHashMap<>();
		json.put("name", column.name());
		json.put("type", type.declaration());
		json.put("family", type.family().name());
		json.put("length", type.length());
		json.put("precision", type.precision());
		json.put("scale", type.scale());
		json.put("enumValues", type.enumValues().isEmpty() ? null : type.enumValues());
		json.put("nullable", column.nullable());
		json.put("defaulted", column.defaulted());
		json.put("default", column.defaultExpression());
		return json;
	}

	private static Map<String, Object> key(Key key) {
		Map<String, Object> json = new LinkedHashMap<>();
		json.put("name", key.name());
		json.put("columns", key.columns());
		return json;
	}

	private static Map<String, Object> foreignKey(ForeignKey key) {
		Map<String, Object> json = new LinkedHashMap<>();
		json.put("name", key.name());
		json.put("columns", key.columns());
		json.put("referencedSchema", key.referencedTable().schema());
		json.put("referencedTable", key.referencedTable().name());
		json.put("referencedColumns", key.referencedColumns());
		return json;
	}

	private static Map<String, Object> index(Index index) {
		Map<String, Object> json = new LinkedHashMap<>();
		json.put("name", index.name());
		json.put("columns", index.columns());
		json.put("unique", index.unique());
		return json;
	}

	static CapturedSchema captured(Map<String, Object> root) {
		Map<String, Object> database = object(root, "database", "the file");
		DatabaseFamily family = enumValue(DatabaseFamily.class, string(database, "family", "database"), "database");
		Map<String, Object> migrations = object(root, "migrations", "the file");
		MigrationHistory history = new MigrationHistory(string(migrations, "tool", "migrations"),
				objects(migrations, "applied", "migrations", SnapshotJson::applied),
				strings(migrations, "tables", "migrations"));
		List<Table> tables = objects(root, "tables", "the file", SnapshotJson::table);
		List<Sequence> sequences = objects(root, "sequences", "the file",
				(json) -> new Sequence(qualifiedName(json, "sequence"), optionalLong(json, "increment", "a sequence")));
		boolean sequencesRead = bool(root, "sequencesRead", "the file");
		return new CapturedSchema(family, string(database, "product", "database"),
				string(database, "version", "database"), history, new SchemaSnapshot(tables, sequences, sequencesRead));
	}

	private static AppliedMigration applied(Map<String, Object> json) {
		String id = string(json, "id", "an applied migration");
		return new AppliedMigration(id, string(json, "description", "migration " + id),
				optionalString(json, "checksum"));
	}

	private static Table table(Map<String, Object> json) {
		QualifiedName name = qualifiedName(json, "table");
		String where = "table " + name;
		Map<String, Object> primaryKey = optionalObject(json, "primaryKey", where);
		return new Table(name, objects(json, "columns", where, (column) -> column(column, where)),
				(primaryKey != null) ? key(primaryKey, where) : null,
				objects(json, "uniqueKeys", where, (key) -> key(key, where)),
				objects(json, "foreignKeys", where, (key) -> foreignKey(key, where)),
				objects(json, "indexes", where,
						(index) -> new Index(optionalString(index, "name"),
								strings(index, "columns", "an index of " + where),
								bool(index, "unique", "an index of " + where))));
	}

	private static Column column(Map<String, Object> json, String table) {
		String name = string(json, "name", "a column of " + table);
		String where = "column " + name + " of " + table;
		Object enumValues = json.get("enumValues");
		ColumnType type = new ColumnType(string(json, "type", where),
				enumValue(TypeFamily.class, string(json, "family", where), where),
				optionalInteger(json, "length", where), optionalInteger(json, "precision", where),
				optionalInteger(json, "scale", where),
				(enumValues != null) ? strings(json, "enumValues", where) : List.of());
		// files written before the default expression was recorded lack it: their
		// defaults are compared by presence only
		return new Column(name, type, bool(json, "nullable", where), bool(json, "defaulted", where),
				optionalString(json, "default"), null);
	}

	private static Key key(Map<String, Object> json, String table) {
		return new Key(optionalString(json, "name"), strings(json, "columns", "a key of " + table));
	}

	private static ForeignKey foreignKey(Map<String, Object> json, String table) {
		String where = "a foreign key of " + table;
		return new ForeignKey(optionalString(json, "name"), strings(json, "columns", where),
				new QualifiedName(optionalString(json, "referencedSchema"), string(json, "referencedTable", where)),
				strings(json, "referencedColumns", where));
	}

	private static QualifiedName qualifiedName(Map<String, Object> json, String what) {
		return new QualifiedName(optionalString(json, "schema"), string(json, "name", "a " + what));
	}

	private static <T> List<T> objects(Map<String, Object> json, String key, String where,
			Function<Map<String, Object>, T> mapping) {
		List<T> values = new ArrayList<>();
		for (Object item : list(json, key, where)) {
			values.add(mapping.apply(asObject(item, key, where)));
		}
		return values;
	}

	private static List<String> strings(Map<String, Object> json, String key, String where) {
		List<String> values = new ArrayList<>();
		for (Object item : list(json, key, where)) {
			if (!(item instanceof String text)) {
				throw wrong(key, where, "a list of strings");
			}
			values.add(text);
		}
		return values;
	}

	private static List<?> list(Map<String, Object> json, String key, String where) {
		if (!(json.get(key) instanceof List<?> list)) {
			throw wrong(key, where, "a list");
		}
		return list;
	}

	private static Map<String, Object> object(Map<String, Object> json, String key, String where) {
		return asObject(json.get(key), key, where);
	}

	private static @Nullable Map<String, Object> optionalObject(Map<String, Object> json, String key, String where) {
		return (json.get(key) != null) ? object(json, key, where) : null;
	}

	@SuppressWarnings("unchecked")
	private static Map<String, Object> asObject(@Nullable Object value, String key, String where) {
		if (!(value instanceof Map<?, ?> map)) {
			throw wrong(key, where, "an object");
		}
		return (Map<String, Object>) map;
	}

	private static String string(Map<String, Object> json, String key, String where) {
		if (!(json.get(key) instanceof String text)) {
			throw wrong(key, where, "a string");
		}
		return text;
	}

	private static @Nullable String optionalString(Map<String, Object> json, String key) {
		Object value = json.get(key);
		return (value != null) ? value.toString() : null;
	}

	private static boolean bool(Map<String, Object> json, String key, String where) {
		// Boot's basic parser gives true and false as text
		Object value = json.get(key);
		if (value instanceof Boolean bool) {
			return bool;
		}
		if ("true".equals(value) || "false".equals(value)) {
			return Boolean.parseBoolean((String) value);
		}
		throw wrong(key, where, "true or false");
	}

	private static @Nullable Integer optionalInteger(Map<String, Object> json, String key, String where) {
		Long value = optionalLong(json, key, where);
		return (value != null) ? Math.toIntExact(value) : null;
	}

	private static @Nullable Long optionalLong(Map<String, Object> json, String key, String where) {
		Object value = json.get(key);
		if (value == null) {
			return null;
		}
		if (value instanceof Number number) {
			return number.longValue();
		}
		try {
			return Long.valueOf(value.toString());
		}
		catch (NumberFormatException ex) {
			throw wrong(key, where, "a whole number");
		}
	}

	private static <E extends Enum<E>> E enumValue(Class<E> type, String name, String where) {
		try {
			return Enum.valueOf(type, name);
		}
		catch (IllegalArgumentException ex) {
			throw new SnapshotFormatException(
					"\"" + name + "\" in " + where + " is not a known " + type.getSimpleName());
		}
	}

	private static SnapshotFormatException wrong(String key, String where, String expected) {
		return new SnapshotFormatException("\"" + key + "\" of " + where + " is missing or not " + expected);
	}

}

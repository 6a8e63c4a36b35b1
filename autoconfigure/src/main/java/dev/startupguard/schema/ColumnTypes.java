package dev.startupguard.schema;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;

/**
 * Reads type declarations, as a mapping or a database catalog writes them, into
 * {@link ColumnType}s. One parser serves both sides of a comparison, so that {@code int4}
 * and {@code integer}, or {@code character varying(255)} and {@code varchar(255)}, come
 * out the same.
 *
 * @author Startup Guard contributors
 * @since 0.1.0
 */
public final class ColumnTypes {

	private static final Map<String, TypeFamily> FAMILIES = new HashMap<>();

	static {
		register(TypeFamily.STRING, "char", "character", "nchar", "national character", "varchar", "character varying",
				"nvarchar", "national character varying", "varchar2", "nvarchar2", "text", "tinytext", "mediumtext",
				"longtext", "clob", "nclob", "character large object", "national character large object",
				"varchar_ignorecase", "long varchar", "bpchar", "citext", "string");
		register(TypeFamily.INTEGER, "tinyint", "smallint", "int2", "mediumint", "int", "integer", "int4", "serial",
				"serial4", "smallserial", "serial2", "bigint", "int8", "bigserial", "serial8");
		register(TypeFamily.DECIMAL, "numeric", "decimal", "dec", "number", "decfloat");
		register(TypeFamily.FLOAT, "real", "float4", "float", "double", "double precision", "float8");
		register(TypeFamily.BOOLEAN, "boolean", "bool", "bit");
		register(TypeFamily.DATE, "date");
		register(TypeFamily.TIME, "time");
		register(TypeFamily.TIME_TZ, "timetz");
		register(TypeFamily.TIMESTAMP, "timestamp", "datetime", "datetime2", "smalldatetime");
		register(TypeFamily.TIMESTAMP_TZ, "timestamptz", "datetimeoffset");
		register(TypeFamily.BINARY, "binary", "varbinary", "binary varying", "bytea", "blob", "tinyblob", "mediumblob",
				"longblob", "binary large object", "raw", "image", "long varbinary");
		register(TypeFamily.LARGE_OBJECT, "oid", "lo");
		register(TypeFamily.UUID, "uuid", "uniqueidentifier");
		register(TypeFamily.JSON, "json", "jsonb");
		register(TypeFamily.XML, "xml");
	}

	private static final Map<String, Integer> INTEGER_BYTES = Map.ofEntries(Map.entry("tinyint", 1),
			Map.entry("smallint", 2), Map.entry("int2", 2), Map.entry("smallserial", 2), Map.entry("serial2", 2),
			Map.entry("mediumint", 3), Map.entry("bigint", 8), Map.entry("int8", 8), Map.entry("bigserial", 8),
			Map.entry("serial8", 8));

	private static final Map<String, Integer> MYSQL_LENGTHS = Map.of("tinytext", 255, "text", 65535, "mediumtext",
			16777215, "tinyblob", 255, "blob", 65535, "mediumblob", 16777215);

	/**
	 * Length from which a character or byte string counts as unbounded: H2's maximum
	 * length, which is what it reports for {@code varchar} and {@code text} without one.
	 */
	private static final int PRACTICALLY_UNBOUNDED = 1_000_000_000;

	// compiled once: a check parses every expected and every live column's type
	private static final Pattern WHITESPACE = Pattern.compile("\\s+");

	private static final Pattern TIME_ZONE = Pattern.compile(" with(out)? (local )?time zone");

	private static final Pattern SIGN_MODIFIERS = Pattern.compile(" (unsigned|signed|zerofill)");

	private static final Pattern AFTER_DIGITS = Pattern.compile("[^0-9].*$");

	private ColumnTypes() {
	}

	/**
	 * Return a parser that reads each distinct declaration once, for one read or one
	 * build of a schema: thousands of columns share a few dozen declarations, and parsing
	 * each again took a third of the client's time of a PostgreSQL read of 2,000 tables.
	 * It keeps what it parsed, so it is dropped with the read; it is not thread-safe.
	 * @param database the family of the database the declarations are meant for
	 * @return the parser
	 */
	public static Function<String, ColumnType> parser(DatabaseFamily database) {
		Map<String, ColumnType> parsed = new HashMap<>();
		return (declaration) -> parsed.computeIfAbsent(declaration, (key) -> parse(key, database));
	}

	/**
	 * Read a type declaration.
	 * @param declaration the declaration, such as {@code numeric(10,2)} or
	 * {@code timestamp(6) with time zone}
	 * @param database the family of the database the declaration is meant for, since a
	 * few names mean different things (MySQL's {@code float} is four bytes, its
	 * {@code text} is bounded)
	 * @return the type
	 */
	public static ColumnType parse(String declaration, DatabaseFamily database) {
		String text = WHITESPACE.matcher(declaration.trim().toLowerCase(Locale.ROOT)).replaceAll(" ");
		if (text.endsWith("[]") || text.endsWith(" array") || text.contains(" array[")) {
			return new ColumnType(declaration, TypeFamily.ARRAY, null, null, null, List.of());
		}
		if (text.startsWith("enum") && text.substring(4).trim().startsWith("(")) {
			return new ColumnType(declaration, TypeFamily.ENUM, null, null, null, enumValues(declaration));
		}
		boolean withTimeZone = text.contains(" with time zone") || text.contains(" with local time zone");
		String withoutModifiers = SIGN_MODIFIERS.matcher(TIME_ZONE.matcher(text).replaceAll("")).replaceAll("").trim();
		int open = withoutModifiers.indexOf('(');
		int close = withoutModifiers.lastIndexOf(')');
		String base = ((open >= 0) ? withoutModifiers.substring(0, open) + withoutModifiers.substring(close + 1)
				: withoutModifiers)
			.trim();
		List<Integer> arguments = (open >= 0 && close > open) ? arguments(withoutModifiers.substring(open + 1, close))
				: List.of();
		if (base.startsWith("interval")) {
			return new ColumnType(declaration, TypeFamily.INTERVAL, null, null, null, List.of());
		}
		base = knownPrefix(unqualified(base));
		TypeFamily family = FAMILIES.getOrDefault(base, TypeFamily.OTHER);
		Integer first = (arguments.isEmpty()) ? defaultFirstArgument(family, database) : arguments.get(0);
		Integer second = (arguments.size() > 1) ? arguments.get(1) : null;
		return switch (family) {
			case STRING ->
				new ColumnType(declaration, family, stringLength(base, first, database), null, null, List.of());
			case BINARY ->
				new ColumnType(declaration, family, binaryLength(base, first, database), null, null, List.of());
			case INTEGER ->
				new ColumnType(declaration, family, INTEGER_BYTES.getOrDefault(base, 4), null, null, List.of());
			case FLOAT -> new ColumnType(declaration, family, floatBytes(base, first, database), null, null, List.of());
			case DECIMAL -> new ColumnType(declaration, family, null, first,
					(first != null) ? zeroIfNull(second) : null, List.of());
			case BOOLEAN -> (base.equals("bit") && first != null && first > 1)
					? new ColumnType(declaration, TypeFamily.OTHER, first, null, null, List.of())
					: new ColumnType(declaration, family, null, null, null, List.of());
			case TIME ->
				new ColumnType(declaration, withTimeZone ? TypeFamily.TIME_TZ : family, null, first, null, List.of());
			case TIMESTAMP -> new ColumnType(declaration, withTimeZone ? TypeFamily.TIMESTAMP_TZ : family, null, first,
					null, List.of());
			case TIME_TZ, TIMESTAMP_TZ -> new ColumnType(declaration, family, null, first, null, List.of());
			default -> new ColumnType(declaration, family, null, null, null, List.of());
		};
	}

	/**
	 * Return the longest run of leading words that names a known type, so that a column
	 * definition such as {@code text not null default ''} still reads as {@code text}.
	 */
	private static String knownPrefix(String base) {
		String candidate = base;
		while (!FAMILIES.containsKey(candidate) && candidate.contains(" ")) {
			candidate = candidate.substring(0, candidate.lastIndexOf(' '));
		}
		return FAMILIES.containsKey(candidate) ? candidate : base;
	}

	/**
	 * Return a type name without its schema, since PostgreSQL qualifies the names of
	 * types whose schema is not on the search path, such as {@code public.citext}.
	 */
	private static String unqualified(String base) {
		int dot = base.lastIndexOf('.');
		return (dot >= 0 && !base.contains(" ")) ? base.substring(dot + 1).replace("\"", "") : base;
	}

	private static @Nullable Integer defaultFirstArgument(TypeFamily family, DatabaseFamily database) {
		boolean temporal = family == TypeFamily.TIME || family == TypeFamily.TIMESTAMP;
		// MySQL and MariaDB keep no fractional seconds unless the declaration asks for
		// them
		return (temporal && database == DatabaseFamily.MYSQL) ? 0 : null;
	}

	private static @Nullable Integer stringLength(String base, @Nullable Integer length, DatabaseFamily database) {
		if (length != null) {
			return (length >= PRACTICALLY_UNBOUNDED) ? null : length;
		}
		if (database == DatabaseFamily.MYSQL && MYSQL_LENGTHS.containsKey(base)) {
			return MYSQL_LENGTHS.get(base);
		}
		return switch (base) {
			case "char", "character", "nchar", "national character" -> 1;
			default -> null;
		};
	}

	private static @Nullable Integer binaryLength(String base, @Nullable Integer length, DatabaseFamily database) {
		if (length != null) {
			return (length >= PRACTICALLY_UNBOUNDED) ? null : length;
		}
		if (database == DatabaseFamily.MYSQL && MYSQL_LENGTHS.containsKey(base)) {
			return MYSQL_LENGTHS.get(base);
		}
		return base.equals("binary") ? 1 : null;
	}

	private static int floatBytes(String base, @Nullable Integer precision, DatabaseFamily database) {
		return switch (base) {
			case "real", "float4" -> 4;
			case "float" -> {
				if (precision != null) {
					yield (precision <= 24) ? 4 : 8;
				}
				yield (database == DatabaseFamily.MYSQL) ? 4 : 8;
			}
			default -> 8;
		};
	}

	private static int zeroIfNull(@Nullable Integer value) {
		return (value != null) ? value : 0;
	}

	private static List<Integer> arguments(String text) {
		List<Integer> arguments = new ArrayList<>();
		for (String argument : text.split(",")) {
			String digits = AFTER_DIGITS.matcher(argument.trim()).replaceAll("");
			if (digits.isEmpty()) {
				return arguments;
			}
			arguments.add(Integer.valueOf(digits));
		}
		return arguments;
	}

	private static List<String> enumValues(String text) {
		List<String> values = new ArrayList<>();
		StringBuilder current = null;
		for (int i = text.indexOf('('); i < text.length(); i++) {
			char c = text.charAt(i);
			if (c == '\'') {
				if (current == null) {
					current = new StringBuilder();
				}
				else if (i + 1 < text.length() && text.charAt(i + 1) == '\'') {
					current.append('\'');
					i++;
				}
				else {
					values.add(current.toString());
					current = null;
				}
			}
			else if (current != null) {
				current.append(c);
			}
		}
		return values;
	}

	private static void register(TypeFamily family, String... names) {
		for (String name : names) {
			FAMILIES.put(name, family);
		}
	}

}

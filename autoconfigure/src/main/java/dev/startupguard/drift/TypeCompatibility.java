package dev.startupguard.drift;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.jspecify.annotations.Nullable;

import dev.startupguard.schema.ColumnType;
import dev.startupguard.schema.ColumnTypes;
import dev.startupguard.schema.DatabaseFamily;
import dev.startupguard.schema.TypeFamily;

/**
 * Decides whether a live column type holds what a mapping writes, per database family:
 * what works at run time is compatible, however the database spells it.
 *
 * @author Startup Guard contributors
 */
final class TypeCompatibility {

	private final DatabaseFamily database;

	TypeCompatibility(DatabaseFamily database) {
		this.database = database;
	}

	TypeVerdict check(ColumnType expected, ColumnType live) {
		if (expected.family() == live.family()) {
			return sameFamily(expected, live);
		}
		return acrossFamilies(expected, live);
	}

	private TypeVerdict sameFamily(ColumnType expected, ColumnType live) {
		return switch (expected.family()) {
			case STRING -> length(expected, live, "characters");
			case BINARY -> length(expected, live, "bytes");
			case INTEGER, FLOAT -> bytes(expected, live);
			case DECIMAL -> decimal(expected, live);
			case TIME, TIME_TZ, TIMESTAMP, TIMESTAMP_TZ -> fractionalSeconds(expected, live);
			case ENUM -> enumValues(expected, live);
			case OTHER -> sameDeclaration(expected, live);
			default -> TypeVerdict.COMPATIBLE;
		};
	}

	private TypeVerdict acrossFamilies(ColumnType expected, ColumnType live) {
		TypeFamily from = expected.family();
		TypeFamily to = live.family();
		boolean mysql = this.database == DatabaseFamily.MYSQL;
		boolean lenient = mysql || this.database == DatabaseFamily.H2;
		if (from == TypeFamily.ENUM && to == TypeFamily.STRING) {
			int longest = expected.enumValues().stream().mapToInt(String::length).max().orElse(0);
			return (live.length() == null || live.length() >= longest) ? TypeVerdict.COMPATIBLE
					: TypeVerdict.narrower("holds " + live.length() + " characters, the longest value has " + longest);
		}
		if (from == TypeFamily.STRING && to == TypeFamily.ENUM) {
			return lenient ? TypeVerdict.COMPATIBLE
					: TypeVerdict.incompatible("is a native enum, and the mapping binds plain strings");
		}
		if (from == TypeFamily.INTEGER && to == TypeFamily.DECIMAL) {
			return integerAsDecimal(expected, live);
		}
		if (from == TypeFamily.DECIMAL && to == TypeFamily.INTEGER) {
			return (expected.scale() == null || expected.scale() == 0) ? TypeVerdict.COMPATIBLE
					: TypeVerdict.lossy("is an integer, so the fraction is lost");
		}
		if (from == TypeFamily.FLOAT && to == TypeFamily.DECIMAL) {
			return TypeVerdict.COMPATIBLE;
		}
		if (from == TypeFamily.DECIMAL && to == TypeFamily.FLOAT) {
			return TypeVerdict.lossy("is a floating-point type, so exact decimals are rounded");
		}
		if (isBooleanAndSmallInteger(from, to, expected, live)) {
			return mysql ? TypeVerdict.COMPATIBLE : TypeVerdict
				.incompatible("is " + live.declaration() + ", and the mapping writes " + expected.declaration());
		}
		if (from == TypeFamily.TIMESTAMP_TZ && to == TypeFamily.TIMESTAMP
				|| from == TypeFamily.TIME_TZ && to == TypeFamily.TIME) {
			return mysql ? TypeVerdict.COMPATIBLE
					: TypeVerdict.lossy("has no time zone, so instants shift with the session's zone");
		}
		if (from == TypeFamily.TIMESTAMP && to == TypeFamily.TIMESTAMP_TZ
				|| from == TypeFamily.TIME && to == TypeFamily.TIME_TZ
				|| from == TypeFamily.DATE && (to == TypeFamily.TIMESTAMP || to == TypeFamily.TIMESTAMP_TZ)) {
			return TypeVerdict.COMPATIBLE;
		}
		if ((from == TypeFamily.TIMESTAMP || from == TypeFamily.TIMESTAMP_TZ) && to == TypeFamily.DATE) {
			return TypeVerdict.lossy("is a date, so the time of day is lost");
		}
		if (from == TypeFamily.JSON && to == TypeFamily.STRING) {
			// Hibernate binds JSON as text where the column is text
			return TypeVerdict.COMPATIBLE;
		}
		if (from == TypeFamily.UUID && to == TypeFamily.STRING) {
			return uuidAsText(live, lenient);
		}
		if (from == TypeFamily.UUID && to == TypeFamily.BINARY) {
			// only H2 converts a native UUID into bytes; MySQL and MariaDB reject the
			// text form
			return uuidAsText(live, this.database == DatabaseFamily.H2);
		}
		if (from == TypeFamily.STRING && to == TypeFamily.LARGE_OBJECT) {
			// PostgreSQL's oid holds a @Lob String that Hibernate writes as a large
			// object
			return isUnboundedDeclaration(expected) ? TypeVerdict.COMPATIBLE
					: TypeVerdict.incompatible("is a large-object reference, and the mapping writes plain strings");
		}
		if (from == TypeFamily.BINARY && to == TypeFamily.STRING) {
			return bytesAsText(expected, live, lenient);
		}
		if (from == TypeFamily.STRING && to == TypeFamily.JSON && mysql) {
			return TypeVerdict.COMPATIBLE;
		}
		return TypeVerdict
			.incompatible("is " + live.declaration() + ", and the mapping expects " + expected.declaration());
	}

	private TypeVerdict length(ColumnType expected, ColumnType live, String unit) {
		Integer needed = expected.length();
		Integer held = live.length();
		if (needed == null && isUnboundedDeclaration(expected)) {
			// a large-object or text declaration needs what it holds on this database,
			// stated or not
			needed = ColumnTypes.parse(expected.declaration(), this.database).length();
			if (needed == null && held != null) {
				return TypeVerdict.narrower("holds " + held + " " + unit + ", the mapping expects no limit");
			}
		}
		if (needed != null && held != null && held < needed) {
			return TypeVerdict.narrower("holds " + held + " " + unit + ", the mapping declares " + needed);
		}
		return TypeVerdict.COMPATIBLE;
	}

	private static boolean isUnboundedDeclaration(ColumnType expected) {
		String declaration = expected.declaration().toLowerCase(Locale.ROOT);
		return declaration.contains("lob") || declaration.contains("large object") || declaration.contains("text")
				|| declaration.equals("bytea") || declaration.equals("oid");
	}

	private static TypeVerdict bytes(ColumnType expected, ColumnType live) {
		if (expected.length() != null && live.length() != null && live.length() < expected.length()) {
			return TypeVerdict.narrower("is " + live.declaration() + ", too small for " + expected.declaration());
		}
		return TypeVerdict.COMPATIBLE;
	}

	private static TypeVerdict decimal(ColumnType expected, ColumnType live) {
		if (expected.precision() == null || live.precision() == null) {
			return TypeVerdict.COMPATIBLE;
		}
		int expectedScale = zeroIfNull(expected.scale());
		int liveScale = zeroIfNull(live.scale());
		if (liveScale < expectedScale) {
			return TypeVerdict
				.narrower("keeps " + liveScale + " decimal places, the mapping declares " + expectedScale);
		}
		if (live.precision() - liveScale < expected.precision() - expectedScale) {
			return TypeVerdict.narrower("holds " + (live.precision() - liveScale)
					+ " digits before the point, the mapping declares " + (expected.precision() - expectedScale));
		}
		return TypeVerdict.COMPATIBLE;
	}

	private static TypeVerdict fractionalSeconds(ColumnType expected, ColumnType live) {
		if (expected.precision() != null && live.precision() != null && live.precision() < expected.precision()) {
			return TypeVerdict.narrowerPrecision("keeps " + live.precision()
					+ " fractional second digits, the mapping writes " + expected.precision());
		}
		return TypeVerdict.COMPATIBLE;
	}

	private static TypeVerdict enumValues(ColumnType expected, ColumnType live) {
		if (expected.enumValues().isEmpty() || live.enumValues().isEmpty()) {
			return TypeVerdict.COMPATIBLE;
		}
		List<String> missing = new ArrayList<>(expected.enumValues());
		missing.removeAll(live.enumValues());
		return missing.isEmpty() ? TypeVerdict.COMPATIBLE : TypeVerdict
			.narrower("lacks the value" + ((missing.size() > 1) ? "s " : " ") + String.join(", ", missing));
	}

	private static TypeVerdict sameDeclaration(ColumnType expected, ColumnType live) {
		return baseName(expected).equals(baseName(live)) ? TypeVerdict.COMPATIBLE : TypeVerdict
			.incompatible("is " + live.declaration() + ", and the mapping expects " + expected.declaration());
	}

	private static TypeVerdict integerAsDecimal(ColumnType expected, ColumnType live) {
		if (live.scale() != null && live.scale() > 0) {
			return TypeVerdict.COMPATIBLE;
		}
		int digitsNeeded = switch ((expected.length() != null) ? expected.length() : 4) {
			case 1 -> 3;
			case 2 -> 5;
			case 3 -> 8;
			case 4 -> 10;
			default -> 19;
		};
		return (live.precision() == null || live.precision() >= digitsNeeded) ? TypeVerdict.COMPATIBLE : TypeVerdict
			.narrower("holds " + live.precision() + " digits, " + expected.declaration() + " needs " + digitsNeeded);
	}

	private static boolean isBooleanAndSmallInteger(TypeFamily from, TypeFamily to, ColumnType expected,
			ColumnType live) {
		return from == TypeFamily.BOOLEAN && to == TypeFamily.INTEGER || from == TypeFamily.INTEGER
				&& to == TypeFamily.BOOLEAN && Integer.valueOf(1).equals(expected.length());
	}

	/**
	 * Judge bytes ({@code byte[]}) in a text column. MySQL, MariaDB and H2 convert the
	 * bytes the driver binds into text of the column's character set, and return that
	 * text's bytes: bytes that are valid text (encoded text the application stores as
	 * bytes) come back unchanged, others fail the insert in strict mode or are replaced.
	 * PostgreSQL casts a {@code bytea} parameter to its text form ({@code \x} and hex
	 * digits), which the driver then returns as the bytes of that text: every value
	 * changes.
	 */
	private static TypeVerdict bytesAsText(ColumnType expected, ColumnType live, boolean lenient) {
		if (lenient) {
			return TypeVerdict.binaryAsText("is " + live.declaration()
					+ ", a text column, and the mapping writes bytes (" + expected.declaration() + ")");
		}
		return TypeVerdict.incompatible(
				"is " + live.declaration() + ", and the mapping writes bytes (" + expected.declaration() + ")",
				"the database stores each value as its hex text (\\x...), so loading returns the bytes of that text,"
						+ " never the bytes saved");
	}

	private static TypeVerdict uuidAsText(ColumnType live, boolean lenient) {
		if (!lenient) {
			return TypeVerdict.incompatible("is " + live.declaration() + ", and the mapping binds native UUIDs");
		}
		int needed = (live.family() == TypeFamily.BINARY) ? 16 : 36;
		return (live.length() == null || live.length() >= needed) ? TypeVerdict.COMPATIBLE
				: TypeVerdict.narrower(
						"holds " + live.length() + ((live.family() == TypeFamily.BINARY) ? " bytes" : " characters")
								+ ", a UUID needs " + needed);
	}

	private static String baseName(ColumnType type) {
		String declaration = type.declaration().toLowerCase(Locale.ROOT).trim();
		int open = declaration.indexOf('(');
		return ((open >= 0) ? declaration.substring(0, open) : declaration).trim();
	}

	private static int zeroIfNull(@Nullable Integer value) {
		return (value != null) ? value : 0;
	}

}

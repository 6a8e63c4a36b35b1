package dev.startupguard.schema;

import org.jspecify.annotations.Nullable;

/**
 * Column of a {@link Table}.
 *
 * @param name the name as the database stores it
 * @param type the column's type
 * @param nullable whether the column accepts {@code null}
 * @param defaulted whether the column always gets a value on insert although it may be
 * left out or null in the mapping: in a live schema, the database fills it (a default, an
 * identity or auto-increment, a generated expression); in an expected schema, Hibernate
 * always writes it (an optimistic-locking version)
 * @param mapping what the mapping says of an expected column beyond its type and
 * nullability; {@code null} for a live column, or where nothing more is known
 * @author Startup Guard contributors
 * @since 0.1.0
 */
public record Column(String name, ColumnType type, boolean nullable, boolean defaulted,
		@Nullable ColumnMapping mapping) {

	/**
	 * Create a column of which nothing is known beyond its type and nullability, such as
	 * a live one.
	 * @param name the name as the database stores it
	 * @param type the column's type
	 * @param nullable whether the column accepts {@code null}
	 * @param defaulted whether the column always gets a value on insert
	 */
	public Column(String name, ColumnType type, boolean nullable, boolean defaulted) {
		this(name, type, nullable, defaulted, null);
	}

}

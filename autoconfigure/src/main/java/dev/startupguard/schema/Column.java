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
 * @param defaultExpression the column's own default as SQL, as the live catalog writes it
 * (such as {@code 'basic'::character varying} on PostgreSQL); {@code null} for an
 * expected column, for a live one without a default of its own, such as an identity, an
 * auto-increment or a generated column, and for a PostgreSQL column read without default
 * expressions (the drift check does not read them)
 * @param mapping what the mapping says of an expected column beyond its type and
 * nullability; {@code null} for a live column, or where nothing more is known
 * @author Startup Guard contributors
 * @since 0.1.0
 */
public record Column(String name, ColumnType type, boolean nullable, boolean defaulted,
		@Nullable String defaultExpression, @Nullable ColumnMapping mapping) {

	/**
	 * Create a column of which nothing is known beyond its type and nullability, such as
	 * a live one.
	 * @param name the name as the database stores it
	 * @param type the column's type
	 * @param nullable whether the column accepts {@code null}
	 * @param defaulted whether the column always gets a value on insert
	 */
	public Column(String name, ColumnType type, boolean nullable, boolean defaulted) {
		this(name, type, nullable, defaulted, null, null);
	}

	/**
	 * Create an expected column, whose default expression the mapping does not tell.
	 * @param name the name as the database stores it
	 * @param type the column's type
	 * @param nullable whether the column accepts {@code null}
	 * @param defaulted whether the column always gets a value on insert
	 * @param mapping what the mapping says of the column beyond its type and nullability
	 */
	public Column(String name, ColumnType type, boolean nullable, boolean defaulted, @Nullable ColumnMapping mapping) {
		this(name, type, nullable, defaulted, null, mapping);
	}

}

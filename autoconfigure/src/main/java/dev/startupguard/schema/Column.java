package dev.startupguard.schema;

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
 * @author Startup Guard contributors
 * @since 0.1.0
 */
public record Column(String name, ColumnType type, boolean nullable, boolean defaulted) {

}

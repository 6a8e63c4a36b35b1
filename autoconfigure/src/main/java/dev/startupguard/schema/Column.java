package dev.startupguard.schema;

/**
 * Column of a {@link Table}.
 *
 * @param name the name as the database stores it
 * @param type the column's type
 * @param nullable whether the column accepts {@code null}
 * @param defaulted whether the database fills the column when an insert leaves it out: a
 * default, an identity or auto-increment, or a generated expression
 * @author Startup Guard contributors
 * @since 0.1.0
 */
public record Column(String name, ColumnType type, boolean nullable, boolean defaulted) {

}

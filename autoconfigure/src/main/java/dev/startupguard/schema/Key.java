package dev.startupguard.schema;

import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * Primary key or unique constraint: a set of columns whose values identify a row.
 *
 * @param name the constraint's name, {@code null} where it has none; never used for
 * matching, since hand-written schemas name constraints their own way
 * @param columns the columns, in key order
 * @param oneToOne the {@code @OneToOne} association (as {@code Entity.attribute}) whose
 * join column this key makes unique, where that is its only reason: Hibernate's DDL gives
 * such a column a unique key, but when no entity maps the association's other side
 * nothing Hibernate loads relies on it; {@code null} for every other key
 * @author Startup Guard contributors
 * @since 0.1.0
 */
public record Key(@Nullable String name, List<String> columns, @Nullable String oneToOne) {

	public Key {
		columns = List.copyOf(columns);
	}

	/**
	 * Create a key that the mapping or the database declares for its own sake.
	 * @param name the constraint's name, or {@code null}
	 * @param columns the columns, in key order
	 */
	public Key(@Nullable String name, List<String> columns) {
		this(name, columns, null);
	}

}

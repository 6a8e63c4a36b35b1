package dev.startupguard.schema;

import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * Primary key or unique constraint: a set of columns whose values identify a row.
 *
 * @param name the constraint's name, {@code null} where it has none; never used for
 * matching, since hand-written schemas name constraints their own way
 * @param columns the columns, in key order
 * @author Startup Guard contributors
 * @since 0.1.0
 */
public record Key(@Nullable String name, List<String> columns) {

	public Key {
		columns = List.copyOf(columns);
	}

}

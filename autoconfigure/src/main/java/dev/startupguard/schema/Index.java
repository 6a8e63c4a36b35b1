package dev.startupguard.schema;

import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * Index on plain columns. Partial and expression indexes are not part of the model, since
 * they neither serve every lookup nor enforce uniqueness for every row.
 *
 * @param name the index's name, {@code null} where it has none; never used for matching
 * @param columns the indexed columns, leading column first
 * @param unique whether the index enforces uniqueness
 * @author Startup Guard contributors
 * @since 0.1.0
 */
public record Index(@Nullable String name, List<String> columns, boolean unique) {

	public Index {
		columns = List.copyOf(columns);
	}

}

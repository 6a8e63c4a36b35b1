package dev.startupguard.schema;

import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * Foreign key from columns of one table to columns of another.
 *
 * @param name the constraint's name, {@code null} where it has none; never used for
 * matching
 * @param columns the referencing columns
 * @param referencedTable the referenced table
 * @param referencedColumns the referenced columns, in the order of {@code columns}
 * @author Startup Guard contributors
 * @since 0.1.0
 */
public record ForeignKey(@Nullable String name, List<String> columns, QualifiedName referencedTable,
		List<String> referencedColumns) {

	public ForeignKey {
		columns = List.copyOf(columns);
		referencedColumns = List.copyOf(referencedColumns);
	}

}

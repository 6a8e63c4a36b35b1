package dev.startupguard.schema;

import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * Table with its columns, keys and indexes.
 *
 * @param name the table's name
 * @param columns the columns, in table order
 * @param primaryKey the primary key, {@code null} where the table has none
 * @param uniqueKeys the unique constraints besides the primary key
 * @param foreignKeys the foreign keys
 * @param indexes the indexes on plain columns, including those that back constraints
 * @author Startup Guard contributors
 * @since 0.1.0
 */
public record Table(QualifiedName name, List<Column> columns, @Nullable Key primaryKey, List<Key> uniqueKeys,
		List<ForeignKey> foreignKeys, List<Index> indexes) {

	public Table {
		columns = List.copyOf(columns);
		uniqueKeys = List.copyOf(uniqueKeys);
		foreignKeys = List.copyOf(foreignKeys);
		indexes = List.copyOf(indexes);
	}

}

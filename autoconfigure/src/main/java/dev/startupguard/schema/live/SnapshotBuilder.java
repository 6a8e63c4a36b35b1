package dev.startupguard.schema.live;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;

import dev.startupguard.schema.Column;
import dev.startupguard.schema.ForeignKey;
import dev.startupguard.schema.Index;
import dev.startupguard.schema.Key;
import dev.startupguard.schema.QualifiedName;
import dev.startupguard.schema.SchemaSnapshot;
import dev.startupguard.schema.Sequence;
import dev.startupguard.schema.Table;

/**
 * Collects catalog rows, which arrive one column of one object at a time, into a
 * {@link SchemaSnapshot} ordered by name.
 *
 * @author Startup Guard contributors
 */
final class SnapshotBuilder {

	private final Map<QualifiedName, TableRows> tables = new LinkedHashMap<>();

	private final List<Sequence> sequences = new ArrayList<>();

	void table(String schema, String name) {
		this.tables.computeIfAbsent(new QualifiedName(schema, name), (key) -> new TableRows());
	}

	void column(String schema, String table, Column column) {
		TableRows rows = this.tables.get(new QualifiedName(schema, table));
		if (rows != null) {
			rows.columns.add(column);
		}
	}

	void primaryKeyColumn(String schema, String table, @Nullable String constraint, String column) {
		TableRows rows = this.tables.get(new QualifiedName(schema, table));
		if (rows != null) {
			rows.primaryKeyName = constraint;
			rows.primaryKey.add(column);
		}
	}

	void uniqueKeyColumn(String schema, String table, String constraint, String column) {
		TableRows rows = this.tables.get(new QualifiedName(schema, table));
		if (rows != null) {
			rows.uniqueKeys.computeIfAbsent(constraint, (key) -> new ArrayList<>()).add(column);
		}
	}

	void foreignKeyColumn(String schema, String table, String constraint, String column, QualifiedName referencedTable,
			String referencedColumn) {
		TableRows rows = this.tables.get(new QualifiedName(schema, table));
		if (rows != null) {
			ForeignKeyRows foreignKey = rows.foreignKeys.computeIfAbsent(constraint,
					(key) -> new ForeignKeyRows(referencedTable));
			foreignKey.columns.add(column);
			foreignKey.referencedColumns.add(referencedColumn);
		}
	}

	void indexColumn(String schema, String table, String index, boolean unique, String column) {
		TableRows rows = this.tables.get(new QualifiedName(schema, table));
		if (rows != null) {
			rows.indexes.computeIfAbsent(index, (key) -> new IndexRows(unique)).columns.add(column);
		}
	}

	void sequence(String schema, String name, @Nullable Long increment) {
		this.sequences.add(new Sequence(new QualifiedName(schema, name), increment));
	}

	SchemaSnapshot build() {
		List<Table> result = new ArrayList<>();
		this.tables.forEach((name, rows) -> result.add(rows.toTable(name)));
		result.sort(Comparator.comparing((Table table) -> String.valueOf(table.name().schema()))
			.thenComparing((table) -> table.name().name()));
		List<Sequence> sortedSequences = new ArrayList<>(this.sequences);
		sortedSequences.sort(Comparator.comparing((Sequence sequence) -> String.valueOf(sequence.name().schema()))
			.thenComparing((sequence) -> sequence.name().name()));
		return new SchemaSnapshot(result, sortedSequences);
	}

	private static final class TableRows {

		private final List<Column> columns = new ArrayList<>();

		private @Nullable String primaryKeyName;

		private final List<String> primaryKey = new ArrayList<>();

		private final Map<String, List<String>> uniqueKeys = new LinkedHashMap<>();

		private final Map<String, ForeignKeyRows> foreignKeys = new LinkedHashMap<>();

		private final Map<String, IndexRows> indexes = new LinkedHashMap<>();

		Table toTable(QualifiedName name) {
			Key primary = this.primaryKey.isEmpty() ? null : new Key(this.primaryKeyName, this.primaryKey);
			List<Key> unique = new ArrayList<>();
			this.uniqueKeys.forEach((constraint, columns) -> unique.add(new Key(constraint, columns)));
			unique.sort(Comparator.comparing((key) -> String.valueOf(key.name())));
			List<ForeignKey> foreign = new ArrayList<>();
			this.foreignKeys.forEach((constraint, rows) -> foreign
				.add(new ForeignKey(constraint, rows.columns, rows.referencedTable, rows.referencedColumns)));
			foreign.sort(Comparator.comparing((key) -> String.valueOf(key.name())));
			List<Index> index = new ArrayList<>();
			this.indexes.forEach((indexName, rows) -> index.add(new Index(indexName, rows.columns, rows.unique)));
			index.sort(Comparator.comparing((key) -> String.valueOf(key.name())));
			return new Table(name, this.columns, primary, unique, foreign, index);
		}

	}

	private static final class ForeignKeyRows {

		private final QualifiedName referencedTable;

		private final List<String> columns = new ArrayList<>();

		private final List<String> referencedColumns = new ArrayList<>();

		ForeignKeyRows(QualifiedName referencedTable) {
			this.referencedTable = referencedTable;
		}

	}

	private static final class IndexRows {

		private final boolean unique;

		private final List<String> columns = new ArrayList<>();

		IndexRows(boolean unique) {
			this.unique = unique;
		}

	}

}

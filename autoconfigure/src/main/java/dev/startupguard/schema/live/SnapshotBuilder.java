package dev.startupguard.schema.live;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

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
 * Collector of catalog rows into a {@link SchemaSnapshot}, shared by every
 * {@link CatalogReader}: a reader maps each row, one column of one object at a time and
 * in whatever order its catalog returns them, onto this builder, which puts everything in
 * the one canonical order.
 * <p>
 * The canonical order: tables and sequences by schema, then name; columns by their
 * position in the table; the columns of a key, foreign key or index by their position in
 * it; unique keys, foreign keys and indexes by name. A missing schema or name sorts last,
 * and objects equal in that order keep the order their rows came in.
 * <p>
 * A key, foreign key or index with a {@code null} column, which stands for anything other
 * than a whole plain column (an expression, a prefix), is left out: it does not guard
 * whole values of columns. Rows of a table that was not collected are ignored.
 *
 * @author Startup Guard contributors
 */
final class SnapshotBuilder {

	private static final Comparator<@Nullable String> NULLS_LAST = Comparator.nullsLast(Comparator.naturalOrder());

	private static final Comparator<QualifiedName> BY_QUALIFIED_NAME = Comparator
		.comparing(QualifiedName::schema, NULLS_LAST)
		.thenComparing(QualifiedName::name);

	private final Set<Rule> rules;

	private final Map<QualifiedName, TableRows> tables = new HashMap<>();

	private final Map<QualifiedName, @Nullable Long> sequences = new HashMap<>();

	private boolean sequencesRead = true;

	/**
	 * Create a builder.
	 * @param rules the rules of the reader's catalog, beyond those every catalog follows
	 */
	SnapshotBuilder(Rule... rules) {
		this.rules = rules.length > 0 ? EnumSet.of(rules[0], rules) : EnumSet.noneOf(Rule.class);
	}

	void table(QualifiedName name) {
		this.tables.computeIfAbsent(name, (key) -> new TableRows());
	}

	void column(@Nullable QualifiedName table, int position, Column column) {
		TableRows rows = this.tables.get(table);
		if (rows != null) {
			rows.columns.add(new Positioned<>(position, column));
		}
	}

	void primaryKeyColumn(@Nullable QualifiedName table, @Nullable String constraint, int position,
			@Nullable String column) {
		TableRows rows = this.tables.get(table);
		if (rows != null) {
			if (rows.primaryKey == null) {
				rows.primaryKey = new Parts(constraint);
			}
			rows.primaryKey.add(position, column);
		}
	}

	void uniqueKeyColumn(@Nullable QualifiedName table, String constraint, int position, @Nullable String column) {
		TableRows rows = this.tables.get(table);
		if (rows != null) {
			rows.uniqueKeys.computeIfAbsent(constraint, Parts::new).add(position, column);
		}
	}

	/**
	 * Add a column of a foreign key. Foreign keys without a name are told apart by the
	 * table they reference.
	 */
	void foreignKeyColumn(@Nullable QualifiedName table, @Nullable String constraint, int position,
			@Nullable String column, QualifiedName referencedTable, String referencedColumn) {
		TableRows rows = this.tables.get(table);
		if (rows != null) {
			String key = (constraint != null) ? constraint : "\u0000" + referencedTable;
			rows.foreignKeys.computeIfAbsent(key, (unused) -> new ForeignKeyParts(constraint, referencedTable))
				.add(position, column, referencedColumn);
		}
	}

	void indexColumn(@Nullable QualifiedName table, String index, boolean unique, int position,
			@Nullable String column) {
		TableRows rows = this.tables.get(table);
		if (rows != null) {
			IndexParts parts = rows.indexes.computeIfAbsent(index, IndexParts::new);
			parts.unique = unique;
			parts.add(position, column);
		}
	}

	void sequence(QualifiedName name, @Nullable Long increment) {
		this.sequences.put(name, increment);
	}

	/**
	 * Set the increment of a sequence collected before; another one is ignored.
	 */
	void sequenceIncrement(QualifiedName name, long increment) {
		// not computeIfPresent: it takes the null of an unknown increment for no sequence
		if (this.sequences.containsKey(name)) {
			this.sequences.put(name, increment);
		}
	}

	/**
	 * Say that the catalog cannot list sequences, so that the snapshot does not claim
	 * there are none.
	 */
	void sequencesUnreadable() {
		this.sequencesRead = false;
	}

	Set<QualifiedName> sequenceNames() {
		return this.sequences.keySet();
	}

	SchemaSnapshot build() {
		List<Table> tables = this.tables.entrySet()
			.stream()
			.sorted(Map.Entry.comparingByKey(BY_QUALIFIED_NAME))
			.map((entry) -> entry.getValue().toTable(entry.getKey(), this.rules))
			.toList();
		List<Sequence> sequences = this.sequences.entrySet()
			.stream()
			.sorted(Map.Entry.comparingByKey(BY_QUALIFIED_NAME))
			.map((entry) -> new Sequence(entry.getKey(), entry.getValue()))
			.toList();
		return new SchemaSnapshot(tables, sequences, this.sequencesRead);
	}

	private static <T> List<T> sortedByName(List<T> items, Function<T, @Nullable String> name) {
		return items.stream().sorted(Comparator.comparing(name, NULLS_LAST)).toList();
	}

	/**
	 * How a catalog differs from the rules every catalog follows.
	 */
	enum Rule {

		/**
		 * The catalog does not tell a unique constraint from the unique index that
		 * enforces it: every unique index other than the primary key's stands for a
		 * unique key as well.
		 */
		UNIQUE_INDEXES_ARE_KEYS,

		/**
		 * A constraint is enforced by the index of the same name: when that index is left
		 * out (it covers a prefix only), the constraint is left out with it, since it
		 * does not say whole values are unique.
		 */
		KEYS_FOLLOW_THEIR_INDEX,

		/**
		 * The catalog names an index expression in place of a column: an index on a name
		 * that is not a column of its table is left out.
		 */
		INDEX_EXPRESSIONS_AS_COLUMNS

	}

	private record Positioned<T>(int position, T value) {

		static <T> List<T> inOrder(List<Positioned<T>> items) {
			return items.stream().sorted(Comparator.comparingInt(Positioned::position)).map(Positioned::value).toList();
		}

	}

	private static final class TableRows {

		private final List<Positioned<Column>> columns = new ArrayList<>();

		private @Nullable Parts primaryKey;

		private final Map<String, Parts> uniqueKeys = new LinkedHashMap<>();

		private final Map<String, ForeignKeyParts> foreignKeys = new LinkedHashMap<>();

		private final Map<String, IndexParts> indexes = new LinkedHashMap<>();

		Table toTable(QualifiedName name, Set<Rule> rules) {
			List<Column> columns = Positioned.inOrder(this.columns);
			List<Index> indexes = sortedByName(indexes(columns, rules), Index::name);
			Key primaryKey = (this.primaryKey != null && isKept(this.primaryKey, rules)) ? this.primaryKey.toKey()
					: null;
			List<Key> uniqueKeys = new ArrayList<>();
			this.uniqueKeys.values()
				.stream()
				.filter((key) -> isKept(key, rules))
				.forEach((key) -> uniqueKeys.add(key.toKey()));
			if (rules.contains(Rule.UNIQUE_INDEXES_ARE_KEYS)) {
				indexes.stream()
					.filter((index) -> index.unique()
							&& (primaryKey == null || !index.columns().equals(primaryKey.columns())))
					.forEach((index) -> uniqueKeys.add(new Key(index.name(), index.columns())));
			}
			List<ForeignKey> foreignKeys = this.foreignKeys.values()
				.stream()
				.filter((key) -> isKept(key, rules))
				.map(ForeignKeyParts::toForeignKey)
				.toList();
			return new Table(name, columns, primaryKey, sortedByName(uniqueKeys, Key::name),
					sortedByName(foreignKeys, ForeignKey::name), indexes);
		}

		private List<Index> indexes(List<Column> columns, Set<Rule> rules) {
			boolean namesMayBeExpressions = rules.contains(Rule.INDEX_EXPRESSIONS_AS_COLUMNS);
			Set<String> columnNames = new HashSet<>();
			if (namesMayBeExpressions) {
				columns.forEach((column) -> columnNames.add(column.name()));
			}
			List<Index> indexes = new ArrayList<>();
			for (IndexParts index : this.indexes.values()) {
				List<String> indexColumns = index.columns();
				if (index.onPlainColumns && (!namesMayBeExpressions || columnNames.containsAll(indexColumns))) {
					indexes.add(new Index(index.name, indexColumns, index.unique));
				}
			}
			return indexes;
		}

		private boolean isKept(Parts key, Set<Rule> rules) {
			if (!key.onPlainColumns) {
				return false;
			}
			if (!rules.contains(Rule.KEYS_FOLLOW_THEIR_INDEX)) {
				return true;
			}
			IndexParts index = this.indexes.get(key.name);
			return index == null || index.onPlainColumns;
		}

	}

	/**
	 * The columns of a key or an index as their rows come.
	 */
	private static class Parts {

		final @Nullable String name;

		private final List<Positioned<String>> columns = new ArrayList<>();

		boolean onPlainColumns = true;

		Parts(@Nullable String name) {
			this.name = name;
		}

		void add(int position, @Nullable String column) {
			if (column == null) {
				this.onPlainColumns = false;
			}
			else {
				this.columns.add(new Positioned<>(position, column));
			}
		}

		List<String> columns() {
			return Positioned.inOrder(this.columns);
		}

		Key toKey() {
			return new Key(this.name, columns());
		}

	}

	private static final class ForeignKeyParts extends Parts {

		private final QualifiedName referencedTable;

		private final List<Positioned<String>> referencedColumns = new ArrayList<>();

		ForeignKeyParts(@Nullable String name, QualifiedName referencedTable) {
			super(name);
			this.referencedTable = referencedTable;
		}

		void add(int position, @Nullable String column, String referencedColumn) {
			add(position, column);
			this.referencedColumns.add(new Positioned<>(position, referencedColumn));
		}

		ForeignKey toForeignKey() {
			return new ForeignKey(this.name, columns(), this.referencedTable,
					Positioned.inOrder(this.referencedColumns));
		}

	}

	private static final class IndexParts extends Parts {

		private boolean unique;

		IndexParts(String name) {
			super(name);
		}

	}

}

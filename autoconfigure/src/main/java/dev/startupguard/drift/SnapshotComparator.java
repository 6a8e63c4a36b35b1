package dev.startupguard.drift;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;

import dev.startupguard.report.Finding;
import dev.startupguard.report.FindingKind;
import dev.startupguard.report.Findings;
import dev.startupguard.report.FixRisk;
import dev.startupguard.schema.Column;
import dev.startupguard.schema.DatabaseFamily;
import dev.startupguard.schema.ForeignKey;
import dev.startupguard.schema.Index;
import dev.startupguard.schema.Key;
import dev.startupguard.schema.QualifiedName;
import dev.startupguard.schema.SchemaSnapshot;
import dev.startupguard.schema.Sequence;
import dev.startupguard.schema.Table;

/**
 * Compares the schema the migrations built, as a snapshot captured on a fresh database,
 * with the live schema, both read by the same live reader of the same database family:
 * everything one has and the other lacks, in both directions, and every column whose
 * type, nullability or default (whether it has one, and its expression where both sides
 * know it) changed, is one {@link FindingKind#CHANGED_OUTSIDE_MIGRATIONS} finding. Unlike
 * {@link SchemaComparator} nothing is tolerated, since the two should be the same: an
 * extra index is as much a change as a missing one. Keys, foreign keys and indexes are
 * matched by their columns, never by name. Both snapshots name the default schema's
 * objects without a schema.
 *
 * @author Startup Guard contributors
 * @since 0.1.0
 */
public final class SnapshotComparator {

	// PostgreSQL's and MariaDB's nextval(...), H2's and MariaDB's NEXT VALUE FOR ...
	private static final Pattern SEQUENCE_DRAW = Pattern
		.compile("(?i)\\s*\\(?\\s*(?:nextval\\s*\\(|next\\s+value\\s+for\\s)");

	private final SqlWriter sql;

	private final TableFilter filter;

	private final boolean caseSensitiveTables;

	/**
	 * Create a comparator.
	 * @param family the database family both schemas come from
	 * @param defaultSchema the live connection's default schema, for the fix SQL
	 * @param options the tables to leave out
	 */
	public SnapshotComparator(DatabaseFamily family, String defaultSchema, DriftOptions options) {
		this.sql = new SqlWriter(family, defaultSchema);
		this.filter = new TableFilter(options);
		// MariaDB may fold table names by its lower_case_table_names setting, which a
		// scratch database and production need not share
		this.caseSensitiveTables = family != DatabaseFamily.MYSQL;
	}

	/**
	 * Compare the two schemas.
	 * @param built what the migrations built
	 * @param live what the database holds
	 * @return one finding per difference
	 */
	public Findings compare(SchemaSnapshot built, SchemaSnapshot live) {
		List<Finding> findings = new ArrayList<>();
		Map<String, Table> liveTables = byName(live.tables(), Table::name);
		Map<String, Table> builtTables = byName(built.tables(), Table::name);
		for (Table table : built.tables()) {
			if (this.filter.isIgnored(table.name())) {
				continue;
			}
			Table other = liveTables.get(key(table.name()));
			if (other == null) {
				findings.add(finding(table, null,
						"Table " + table.name() + " that the migrations created is gone: every query of it fails,"
								+ " and its data is lost unless it was moved elsewhere.",
						this.sql.createTable(table), FixRisk.SAFE));
			}
			else {
				new TableComparison(table, other, findings).compare();
			}
		}
		for (Table table : live.tables()) {
			if (!this.filter.isIgnored(table.name()) && !builtTables.containsKey(key(table.name()))) {
				findings.add(finding(table, null, "Table " + table.name()
						+ " exists, but the migrations did not create it: it was added by hand. Nothing of the"
						+ " application's migrations knows it, so a database built from them lacks it; put it in a"
						+ " migration if it is needed, or drop it.", null, null));
			}
		}
		if (built.sequencesRead() && live.sequencesRead()) {
			sequences(built, live, findings);
		}
		return Findings.of(findings);
	}

	private void sequences(SchemaSnapshot built, SchemaSnapshot live, List<Finding> findings) {
		Map<String, Sequence> liveSequences = byName(live.sequences(), Sequence::name);
		Map<String, Sequence> builtSequences = byName(built.sequences(), Sequence::name);
		for (Sequence sequence : built.sequences()) {
			Sequence other = liveSequences.get(key(sequence.name()));
			if (other == null) {
				findings.add(Finding.of(FindingKind.CHANGED_OUTSIDE_MIGRATIONS, null, null,
						"Sequence " + sequence.name()
								+ " that the migrations created is gone: inserts whose ids are drawn from it fail.",
						this.sql.createSequence(sequence.name(),
								(sequence.increment() != null) ? sequence.increment() : 1L),
						FixRisk.RISKY));
			}
			else if (sequence.increment() != null && other.increment() != null
					&& !sequence.increment().equals(other.increment())) {
				findings.add(Finding.of(FindingKind.CHANGED_OUTSIDE_MIGRATIONS, null, null,
						"Sequence " + sequence.name() + " steps by " + other.increment()
								+ ", but the migrations created it stepping by " + sequence.increment()
								+ ": generators that allocate ids in blocks may hand out colliding ids.",
						this.sql.alterSequenceIncrement(sequence.name(), sequence.increment()), FixRisk.RISKY));
			}
		}
		for (Sequence sequence : live.sequences()) {
			if (!builtSequences.containsKey(key(sequence.name()))) {
				findings
					.add(Finding.of(FindingKind.CHANGED_OUTSIDE_MIGRATIONS, null, null,
							"Sequence " + sequence.name()
									+ " exists, but the migrations did not create it: it was added by hand.",
							null, null));
			}
		}
	}

	private <T> Map<String, T> byName(List<T> objects, Function<T, QualifiedName> name) {
		Map<String, T> byName = new LinkedHashMap<>();
		objects.forEach((object) -> byName.putIfAbsent(key(name.apply(object)), object));
		return byName;
	}

	private String key(QualifiedName name) {
		String key = Objects.toString(name.schema(), "") + "." + name.name();
		return this.caseSensitiveTables ? key : key.toLowerCase(Locale.ROOT);
	}

	private static Finding finding(Table table, @Nullable String column, String message, @Nullable String fix,
			@Nullable FixRisk risk) {
		return Finding.of(FindingKind.CHANGED_OUTSIDE_MIGRATIONS, table.name().toString(), column, message, fix, risk);
	}

	private static @Nullable String single(List<String> columns) {
		return (columns.size() == 1) ? columns.get(0) : null;
	}

	private static String joined(List<String> columns) {
		return String.join(", ", columns);
	}

	/**
	 * The comparison of one table the migrations built with the live table of that name.
	 */
	private final class TableComparison {

		private final Table built;

		private final Table live;

		private final List<Finding> findings;

		private final String name;

		TableComparison(Table built, Table live, List<Finding> findings) {
			this.built = built;
			this.live = live;
			this.findings = findings;
			this.name = built.name().toString();
		}

		void compare() {
			columns();
			primaryKey();
			uniqueKeys();
			foreignKeys();
			indexes();
		}

		private void columns() {
			Map<String, Column> liveColumns = columnsByName(this.live);
			Map<String, Column> builtColumns = columnsByName(this.built);
			for (Column column : this.built.columns()) {
				Column other = liveColumns.get(column.name().toLowerCase(Locale.ROOT));
				if (other == null) {
					add(column.name(),
							"Column " + this.name + "." + column.name() + " (" + column.type()
									+ ") that the migrations created is gone: every load and save of it fails.",
							SnapshotComparator.this.sql.addColumn(this.live, column),
							column.nullable() ? FixRisk.SAFE : FixRisk.RISKY);
					continue;
				}
				changes(column, other);
			}
			for (Column column : this.live.columns()) {
				if (!builtColumns.containsKey(column.name().toLowerCase(Locale.ROOT))) {
					add(column.name(), "Column " + this.name + "." + column.name() + " (" + column.type() + ", "
							+ (column.nullable() ? "nullable" : "NOT NULL") + defaultText(column)
							+ ") exists, but the migrations did not create it: it was added by hand."
							+ ((!column.nullable() && !column.defaulted())
									? " It is NOT NULL without a default, so inserts that leave it out fail." : ""),
							null, null);
				}
			}
		}

		private void changes(Column built, Column live) {
			String where = "Column " + this.name + "." + built.name();
			if (!built.type().declaration().equalsIgnoreCase(live.type().declaration())) {
				add(built.name(),
						where + " is " + live.type() + ", but the migrations made it " + built.type()
								+ ": values that fit one may not fit the other, and the migrations' next"
								+ " changes to it assume " + built.type() + ".",
						SnapshotComparator.this.sql.changeType(this.live, live, built), FixRisk.RISKY);
			}
			if (built.nullable() != live.nullable()) {
				String what = built.nullable()
						? " is NOT NULL, but the migrations made it nullable: saves that leave it null fail."
						: " accepts null, but the migrations made it NOT NULL: rows without a value can now be"
								+ " saved, and restoring the constraint fails until they are filled.";
				add(built.name(), where + what,
						SnapshotComparator.this.sql.setNullability(this.live, live, built.nullable()),
						built.nullable() ? FixRisk.SAFE : FixRisk.RISKY);
			}
			if (built.defaulted() != live.defaulted()) {
				String what = built.defaulted()
						? " has no default any more, but the migrations gave it one: inserts that leave it out"
								+ " now get null, or fail where it is NOT NULL."
						: " has a default, but the migrations gave it none: inserts that leave it out get a value"
								+ " nothing in the migrations says.";
				String restore = built.defaulted() ? restorableDefault(built) : null;
				add(built.name(), where + what,
						(restore != null) ? SnapshotComparator.this.sql.setDefault(this.live, live, restore) : null,
						(restore != null) ? FixRisk.SAFE : null);
			}
			else {
				changedDefault(built, live, where);
			}
		}

		/**
		 * Report a default whose expression changed. Only defaults both sides know are
		 * compared: identity, auto-increment and generated columns have none, nor have
		 * the columns of a snapshot file written before expressions were recorded. Two
		 * draws from a sequence are the id generation's business: a sequence renamed by
		 * hand changes the text of its draw, and is reported as a sequence gone and one
		 * added.
		 */
		private void changedDefault(Column built, Column live, String where) {
			String migrated = built.defaultExpression();
			String now = live.defaultExpression();
			if (migrated == null || now == null || migrated.equals(now)
					|| (isSequenceDraw(migrated) && isSequenceDraw(now))) {
				return;
			}
			add(built.name(),
					where + " defaults to " + now + ", but the migrations gave it the default " + migrated
							+ ": inserts that leave it out now get " + now
							+ " where a database built from the migrations gives " + migrated + ".",
					SnapshotComparator.this.sql.setDefault(this.live, live, migrated), FixRisk.SAFE);
		}

		private void primaryKey() {
			Key built = this.built.primaryKey();
			Key live = this.live.primaryKey();
			List<String> builtColumns = (built != null) ? lower(built.columns()) : null;
			List<String> liveColumns = (live != null) ? lower(live.columns()) : null;
			if (Objects.equals(builtColumns, liveColumns)) {
				return;
			}
			if (built != null) {
				add(single(built.columns()),
						"Primary key " + this.name + "(" + joined(built.columns())
								+ ") that the migrations created is gone: nothing stops two rows with the same id, and"
								+ " updates and deletes by id may hit several rows.",
						SnapshotComparator.this.sql.addUniqueKey(this.live, built.columns(), true), FixRisk.RISKY);
			}
			if (live != null) {
				add(single(live.columns()), "Primary key " + this.name + "(" + joined(live.columns())
						+ ") exists, but the migrations did not create it: it was added by hand.", null, null);
			}
		}

		private void uniqueKeys() {
			List<List<String>> liveKeys = this.live.uniqueKeys().stream().map((key) -> lower(key.columns())).toList();
			List<List<String>> builtKeys = this.built.uniqueKeys().stream().map((key) -> lower(key.columns())).toList();
			for (Key key : this.built.uniqueKeys()) {
				if (!liveKeys.contains(lower(key.columns()))) {
					add(single(key.columns()),
							"Unique constraint " + this.name + "(" + joined(key.columns())
									+ ") that the migrations created is gone: duplicate values can now be saved.",
							SnapshotComparator.this.sql.addUniqueKey(this.live, key.columns(), false), FixRisk.RISKY);
				}
			}
			for (Key key : this.live.uniqueKeys()) {
				if (!builtKeys.contains(lower(key.columns()))) {
					add(single(key.columns()), "Unique constraint " + this.name + "(" + joined(key.columns())
							+ ") exists, but the migrations did not create it: it was added by hand, and saves of"
							+ " duplicate values fail on this database only.", null, null);
				}
			}
		}

		private void foreignKeys() {
			List<String> liveKeys = this.live.foreignKeys().stream().map(SnapshotComparator.this::describe).toList();
			List<String> builtKeys = this.built.foreignKeys().stream().map(SnapshotComparator.this::describe).toList();
			for (ForeignKey key : this.built.foreignKeys()) {
				if (!liveKeys.contains(describe(key))) {
					add(single(key.columns()), "Foreign key " + this.name + "(" + joined(key.columns()) + ") -> "
							+ key.referencedTable() + "(" + joined(key.referencedColumns())
							+ ") that the migrations created is gone: rows can now point to rows that do not exist.",
							SnapshotComparator.this.sql.addForeignKey(this.live, key), FixRisk.RISKY);
				}
			}
			for (ForeignKey key : this.live.foreignKeys()) {
				if (!builtKeys.contains(describe(key))) {
					add(single(key.columns()),
							"Foreign key " + this.name + "(" + joined(key.columns()) + ") -> " + key.referencedTable()
									+ "(" + joined(key.referencedColumns())
									+ ") exists, but the migrations did not create it: it was added by hand.",
							null, null);
				}
			}
		}

		private void indexes() {
			List<String> liveIndexes = this.live.indexes().stream().map(TableComparison::indexKey).toList();
			List<String> builtIndexes = this.built.indexes().stream().map(TableComparison::indexKey).toList();
			for (Index index : this.built.indexes()) {
				if (!liveIndexes.contains(indexKey(index))) {
					String what = index.unique() ? "duplicate values can now be saved, and " : "";
					add(single(index.columns()),
							(index.unique() ? "Unique index " : "Index ") + this.name + "(" + joined(index.columns())
									+ ") that the migrations created is gone: " + what + "queries filtering by "
									+ joined(index.columns()) + " scan the table.",
							index.unique() ? SnapshotComparator.this.sql.addUniqueKey(this.live, index.columns(), false)
									: SnapshotComparator.this.sql.createIndex(this.live, index.columns()),
							index.unique() ? FixRisk.RISKY : FixRisk.SAFE);
				}
			}
			for (Index index : this.live.indexes()) {
				if (!builtIndexes.contains(indexKey(index))) {
					add(single(index.columns()),
							(index.unique() ? "Unique index " : "Index ") + this.name + "(" + joined(index.columns())
									+ ") exists, but the migrations did not create it: it was added by hand, and a"
									+ " database built from the migrations lacks it.",
							null, null);
				}
			}
		}

		private static String indexKey(Index index) {
			return lower(index.columns()) + (index.unique() ? " unique" : "");
		}

		private void add(@Nullable String column, String message, @Nullable String fix, @Nullable FixRisk risk) {
			this.findings.add(finding(this.built, column, message, fix, risk));
		}

		private static String defaultText(Column column) {
			if (column.defaultExpression() != null) {
				return ", default " + column.defaultExpression();
			}
			return column.defaulted() ? ", defaulted" : "";
		}

		private static Map<String, Column> columnsByName(Table table) {
			Map<String, Column> columns = new LinkedHashMap<>();
			table.columns().forEach((column) -> columns.putIfAbsent(column.name().toLowerCase(Locale.ROOT), column));
			return columns;
		}

	}

	private static boolean isSequenceDraw(String expression) {
		return SEQUENCE_DRAW.matcher(expression).lookingAt();
	}

	/**
	 * Return the default the migrations gave a column, to restore, or {@code null} when
	 * unknown or a draw from a sequence, whose name may hold the scratch database's.
	 */
	private static @Nullable String restorableDefault(Column built) {
		String expression = built.defaultExpression();
		return (expression != null && !isSequenceDraw(expression)) ? expression : null;
	}

	private String describe(ForeignKey key) {
		return lower(key.columns()) + " -> " + key(key.referencedTable()) + lower(key.referencedColumns());
	}

	private static List<String> lower(List<String> names) {
		return names.stream().map((name) -> name.toLowerCase(Locale.ROOT)).toList();
	}

}

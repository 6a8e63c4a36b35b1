package dev.startupguard.drift;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.jspecify.annotations.Nullable;

import dev.startupguard.report.Finding;
import dev.startupguard.report.FindingKind;
import dev.startupguard.report.Findings;
import dev.startupguard.report.FixRisk;
import dev.startupguard.report.Severity;
import dev.startupguard.schema.Column;
import dev.startupguard.schema.ColumnMapping;
import dev.startupguard.schema.DatabaseInfo;
import dev.startupguard.schema.ForeignKey;
import dev.startupguard.schema.Identifiers;
import dev.startupguard.schema.Index;
import dev.startupguard.schema.Key;
import dev.startupguard.schema.QualifiedName;
import dev.startupguard.schema.SchemaSnapshot;
import dev.startupguard.schema.Sequence;
import dev.startupguard.schema.Table;
import dev.startupguard.schema.TypeFamily;

/**
 * Compares the schema the entities expect with the live schema and returns every
 * difference that matters at run time, in one pass. Keys, constraints and indexes are
 * matched by their columns, never by name; what the database has beyond what the entities
 * need is fine or worth an {@link Severity#INFO} at most.
 *
 * @author Startup Guard contributors
 * @since 0.1.0
 */
public final class SchemaComparator {

	private final DatabaseInfo database;

	private final Identifiers identifiers;

	private final TypeCompatibility types;

	private final SqlWriter sql;

	private final TableFilter filter;

	/**
	 * Create a comparator for one database.
	 * @param database the database both snapshots describe
	 * @param options the comparison's options
	 */
	public SchemaComparator(DatabaseInfo database, DriftOptions options) {
		this.database = database;
		this.identifiers = database.identifiers();
		this.types = new TypeCompatibility(database.family());
		this.sql = new SqlWriter(database.family(), database.defaultSchema());
		this.filter = new TableFilter(options);
	}

	/**
	 * Compare the two snapshots.
	 * @param expected what the entities expect, with names as the database stores them
	 * @param live what the database holds
	 * @return every finding, most severe first
	 */
	public Findings compare(SchemaSnapshot expected, SchemaSnapshot live) {
		List<Finding> findings = new ArrayList<>();
		Map<String, Table> liveTables = index(live.tables(), (table) -> tableKey(table.name()));
		Set<String> expectedTables = new HashSet<>();
		for (Table table : expected.tables()) {
			if (this.filter.isIgnored(table.name())) {
				continue;
			}
			expectedTables.add(tableKey(table.name()));
			Table liveTable = liveTables.get(tableKey(table.name()));
			if (liveTable == null) {
				findings.add(missingTable(table));
			}
			else {
				compareTable(table, liveTable, liveTables, findings);
			}
		}
		for (Table table : live.tables()) {
			if (!expectedTables.contains(tableKey(table.name())) && !this.filter.isIgnored(table.name())) {
				findings.add(Finding
					.of(FindingKind.UNMAPPED_TABLE, display(table.name()), null, "Table " + display(table.name())
							+ " is not mapped by any entity: nothing the entities do breaks. Drop it only if nothing"
							+ " else uses it.", this.sql.dropTable(table), FixRisk.DESTRUCTIVE));
			}
		}
		if (live.sequencesRead()) {
			compareSequences(expected.sequences(), live.sequences(), findings);
		}
		return Findings.of(findings);
	}

	private void compareTable(Table expected, Table live, Map<String, Table> liveTables, List<Finding> findings) {
		Map<String, Column> liveColumns = index(live.columns(), (column) -> columnKey(column.name()));
		Map<String, Column> referenced = referencedColumns(expected, liveTables);
		Set<String> neverNullObjects = neverNullObjects(expected, liveColumns);
		Set<String> mapped = new HashSet<>();
		for (Column column : expected.columns()) {
			mapped.add(columnKey(column.name()));
			Column liveColumn = liveColumns.get(columnKey(column.name()));
			if (liveColumn == null) {
				findings.add(missingColumn(expected, column));
			}
			else {
				compareColumn(live, column, liveColumn, referenced.get(columnKey(column.name())), neverNullObjects,
						findings);
			}
		}
		for (Column column : live.columns()) {
			if (!mapped.contains(columnKey(column.name()))) {
				findings.add(unmappedColumn(live, column));
			}
		}
		compareKeys(expected, live, findings);
		compareForeignKeys(expected, live, liveTables, findings);
		compareIndexes(expected, live, findings);
	}

	private Finding unmappedColumn(Table live, Column column) {
		String name = display(live.name()) + "." + column.name();
		if (!column.nullable() && !column.defaulted()) {
			return Finding.of(FindingKind.UNMAPPED_REQUIRED_COLUMN, display(live.name()), column.name(),
					"Column " + name + " is NOT NULL without a default and no entity writes it: every insert into "
							+ display(live.name()) + " fails.",
					this.sql.setNullability(live, column, true), FixRisk.SAFE);
		}
		return Finding.of(FindingKind.UNMAPPED_COLUMN, display(live.name()), column.name(),
				"Column " + name
						+ " is mapped by no entity: nothing breaks, since the application never reads or writes it and"
						+ " inserts leave it " + (column.nullable() ? "null" : "at its default")
						+ ". Map it if the application needs it, or drop it in a migration if nothing uses it.",
				this.sql.dropColumn(live, column), FixRisk.DESTRUCTIVE);
	}

	/**
	 * Return the live columns that the expected foreign keys of a table reference, by the
	 * referencing column.
	 */
	private Map<String, Column> referencedColumns(Table expected, Map<String, Table> liveTables) {
		Map<String, Column> referenced = new LinkedHashMap<>();
		for (ForeignKey foreignKey : expected.foreignKeys()) {
			Table target = liveTables.get(tableKey(foreignKey.referencedTable()));
			if (target == null || foreignKey.referencedColumns().size() != foreignKey.columns().size()) {
				continue;
			}
			Map<String, Column> targetColumns = index(target.columns(), (column) -> columnKey(column.name()));
			for (int i = 0; i < foreignKey.columns().size(); i++) {
				Column column = targetColumns.get(columnKey(foreignKey.referencedColumns().get(i)));
				if (column != null) {
					referenced.putIfAbsent(columnKey(foreignKey.columns().get(i)), column);
				}
			}
		}
		return referenced;
	}

	/**
	 * Return the embedded objects that the live schema never stores as null, since one of
	 * their columns is NOT NULL: a null in another of their columns is then never a null
	 * object, and fails to load into a primitive.
	 */
	private Set<String> neverNullObjects(Table expected, Map<String, Column> liveColumns) {
		Set<String> objects = new HashSet<>();
		for (Column column : expected.columns()) {
			Column liveColumn = liveColumns.get(columnKey(column.name()));
			String embedded = (column.mapping() != null) ? column.mapping().embedded() : null;
			if (embedded != null && liveColumn != null && !liveColumn.nullable()) {
				objects.add(embedded);
			}
		}
		return objects;
	}

	private void compareColumn(Table live, Column expected, Column liveColumn, @Nullable Column referenced,
			Set<String> neverNullObjects, List<Finding> findings) {
		String table = display(live.name());
		String where = "Column " + table + "." + liveColumn.name() + " ";
		ColumnMapping mapping = (expected.mapping() != null) ? expected.mapping() : ColumnMapping.UNKNOWN;
		TypeVerdict verdict = this.types.check(expected.type(), liveColumn.type());
		if (verdict.outcome() == TypeVerdict.Outcome.BINARY_AS_TEXT && mapping.javaType() != null
				&& !"byte[]".equals(mapping.javaType()) && !"Byte[]".equals(mapping.javaType())) {
			// only an array of bytes holds what the application chose; anything else
			// (a @Lob URI, a Serializable) is written as its Java serialization, never
			// text
			verdict = TypeVerdict.incompatible(verdict.reason() + " of its Java serialization",
					"that is never text, so saving fails or the value cannot be read back");
		}
		if (verdict.outcome() == TypeVerdict.Outcome.NARROWER && isInteger(expected) && isInteger(liveColumn)) {
			if (referenced != null && isInteger(referenced) && this.types.check(referenced.type(), liveColumn.type())
				.outcome() == TypeVerdict.Outcome.COMPATIBLE) {
				// a foreign key column only holds the referenced key's values, and it
				// holds
				// every one of them
				verdict = TypeVerdict.COMPATIBLE;
			}
			else if (mapping.generatedByDatabase()) {
				findings.add(narrowerGeneratedId(live, liveColumn, mapping, expected));
				verdict = TypeVerdict.COMPATIBLE;
			}
		}
		switch (verdict.outcome()) {
			case INCOMPATIBLE -> findings.add(Finding.of(FindingKind.TYPE_MISMATCH, table, liveColumn.name(),
					where + verdict.reason() + ": "
							+ ((verdict.consequence() != null) ? verdict.consequence()
									: "loading or saving the entity fails")
							+ ".",
					this.sql.changeType(live, liveColumn, expected), FixRisk.RISKY));
			case BINARY_AS_TEXT -> findings.add(Finding.of(FindingKind.BINARY_IN_TEXT_COLUMN, table, liveColumn.name(),
					where + verdict.reason() + ": bytes that are text in the column's character set (encoded text"
							+ " stored as bytes) save and load unchanged; other bytes fail to save, or are replaced"
							+ " where the database does not refuse them.",
					this.sql.changeType(live, liveColumn, expected), FixRisk.RISKY));
			case LOSSY -> findings.add(Finding.of(
					FindingKind.LOSSY_TYPE, table, liveColumn.name(), where + verdict.reason()
							+ ": saving converts the value, so what loads back differs from what" + " was saved.",
					this.sql.changeType(live, liveColumn, expected), FixRisk.RISKY));
			case NARROWER -> findings.add(Finding.of(
					FindingKind.NARROWER_COLUMN, table, liveColumn.name(), where + verdict.reason()
							+ ": saving a larger value fails, or cuts it where the database" + " truncates.",
					this.sql.changeType(live, liveColumn, expected), FixRisk.SAFE));
			case NARROWER_PRECISION ->
				findings.add(Finding.of(FindingKind.NARROWER_FRACTIONAL_SECONDS, table, liveColumn.name(),
						where + verdict.reason() + ": saving cuts or rounds the extra digits, so what loads back may"
								+ " differ in its last digits.",
						this.sql.changeType(live, liveColumn, expected), FixRisk.SAFE));
			case COMPATIBLE -> compareDefaultLength(live, expected, liveColumn, mapping, findings);
		}
		String embedded = mapping.embedded();
		if (!mapping.primitive() || embedded == null || neverNullObjects.contains(embedded)) {
			// a nullable column of an embedded primitive is how a null object is stored,
			// unless the object is never null
			compareNullability(live, expected, liveColumn, mapping, findings);
		}
	}

	private static boolean isInteger(Column column) {
		return column.type().family() == TypeFamily.INTEGER;
	}

	/**
	 * Report an id the database generates in an integer column narrower than the
	 * attribute: the column's own range bounds the values, whatever the Java type, so
	 * nothing fails until the table nears that limit.
	 */
	private Finding narrowerGeneratedId(Table live, Column liveColumn, ColumnMapping mapping, Column expected) {
		String table = display(live.name());
		Integer bytes = liveColumn.type().length();
		String limit = (bytes != null && bytes < 8) ? String.valueOf((1L << (8 * bytes - 1)) - 1) : "its limit";
		return Finding.of(FindingKind.NARROWER_GENERATED_ID, table, liveColumn.name(),
				"Column " + table + "." + liveColumn.name() + " is " + liveColumn.type().declaration() + ", and "
						+ attribute(mapping) + " is generated by the database: ids fit up to " + limit
						+ ", after which every insert into " + table + " fails whatever the entity's type. Widen"
						+ " the column, and the columns that reference it, before the table nears that.",
				this.sql.changeType(live, liveColumn, expected), FixRisk.RISKY);
	}

	/**
	 * Report a string column narrower than Hibernate's default length where the entity
	 * states none: Hibernate's default is not a requirement, but the column's limit is
	 * one the entity does not know of.
	 */
	private void compareDefaultLength(Table live, Column expected, Column liveColumn, ColumnMapping mapping,
			List<Finding> findings) {
		Integer defaultLength = mapping.defaultLength();
		Integer held = liveColumn.type().length();
		if (defaultLength == null || expected.type().length() != null || held == null
				|| liveColumn.type().family() != TypeFamily.STRING || held >= defaultLength) {
			return;
		}
		String table = display(live.name());
		findings.add(Finding.of(FindingKind.NARROWER_THAN_DEFAULT_LENGTH, table, liveColumn.name(),
				"Column " + table + "." + liveColumn.name() + " holds at most " + held + " characters, but "
						+ attribute(mapping) + " states no length, so Hibernate assumes " + defaultLength
						+ ": saving a longer value fails, or cuts it where the database truncates. State the limit in"
						+ " the entity: @Column(length = " + held + ") or @Size(max = " + held + ").",
				this.sql.changeType(live, liveColumn, expected), FixRisk.SAFE));
	}

	private void compareNullability(Table live, Column expected, Column liveColumn, ColumnMapping mapping,
			List<Finding> findings) {
		String table = display(live.name());
		String column = liveColumn.name();
		String where = "Column " + table + "." + column + " ";
		if (!expected.nullable() && liveColumn.nullable()) {
			String fix = this.sql.setNullability(live, liveColumn, false);
			if (mapping.primitive()) {
				findings.add(Finding.of(FindingKind.NULLABLE_PRIMITIVE_COLUMN, table, column,
						where + "accepts null, but " + mapping.attribute() + " is a primitive " + mapping.javaType()
								+ ", which cannot hold null: loading a row with null in " + column + " fails"
								+ ((mapping.embedded() != null) ? ", since another column of " + mapping.embedded()
										+ " is NOT NULL, so the row never holds a null " + mapping.embedded() + "."
										: "."),
						fix, FixRisk.RISKY));
			}
			else if (mapping.requiredAssociation()) {
				findings.add(Finding.of(FindingKind.NULLABLE_REQUIRED_ASSOCIATION, table, column,
						where + "accepts null, but " + attribute(mapping) + " is a required association (optional"
								+ " = false): Hibernate may join it with an inner join, so rows with a null " + column
								+ " vanish from query results.",
						fix, FixRisk.RISKY));
			}
			else {
				findings.add(
						Finding.of(FindingKind.UNENFORCED_NOT_NULL, table, column,
								where + "accepts null, but " + requiredBy(mapping)
										+ ": the database does not enforce it. " + nullWrittenByOtherCode(mapping),
								fix, FixRisk.RISKY));
			}
		}
		else if (expected.nullable() && !liveColumn.nullable() && !expected.defaulted()) {
			findings.add(Finding.of(FindingKind.NULLABILITY_MISMATCH, table, column,
					where + "is NOT NULL without a default, but "
							+ ((mapping.attribute() != null) ? attribute(mapping) + " may be null"
									: "the mapping may write null into it")
							+ ": " + savingNull(mapping),
					this.sql.setNullability(live, liveColumn, true), FixRisk.SAFE));
		}
	}

	/**
	 * Say what a null written by other code does to an attribute the entity requires: a
	 * reference type loads it, but Hibernate cannot step or compare a null version.
	 */
	private static String nullWrittenByOtherCode(ColumnMapping mapping) {
		if (mapping.version()) {
			return "A null written by other code loads, but then updating or deleting that entity fails, since"
					+ " Hibernate cannot step or compare a null version, and merging a detached copy of it inserts"
					+ " it again.";
		}
		String loaded = (mapping.javaType() != null) ? "a null " + mapping.javaType() : "null";
		return "Nothing fails; a null written by other code loads as " + loaded + ".";
	}

	private static String savingNull(ColumnMapping mapping) {
		String attribute = mapping.attribute();
		int dot = (attribute != null) ? attribute.indexOf('.') : -1;
		if (attribute == null || dot <= 0) {
			return "saving a row with null in it fails.";
		}
		return "saving a " + attribute.substring(0, dot) + " whose " + attribute.substring(dot + 1) + " is null fails.";
	}

	/**
	 * Name the attribute a column holds, with its Java type, as a message says it.
	 */
	private static String attribute(ColumnMapping mapping) {
		if (mapping.attribute() == null) {
			return "the mapping";
		}
		return mapping.attribute() + ((mapping.javaType() != null) ? " (" + mapping.javaType() + ")" : "");
	}

	/**
	 * Say where a column's non-nullability comes from: the mapping declares it, Bean
	 * Validation validates it, or both.
	 */
	private static String requiredBy(ColumnMapping mapping) {
		if (mapping.attribute() == null) {
			return "the mapping declares it NOT NULL";
		}
		String declared = "declared NOT NULL"
				+ (mapping.declaredBy().isEmpty() ? "" : " (" + String.join(", ", mapping.declaredBy()) + ")");
		String validated = "validated as required (" + String.join(", ", mapping.validatedBy()) + ")";
		String how;
		if (mapping.validatedBy().isEmpty()) {
			how = declared;
		}
		else {
			how = mapping.declaredBy().isEmpty() ? "only " + validated : declared + " and " + validated;
		}
		return attribute(mapping) + " is " + how;
	}

	private void compareKeys(Table expected, Table live, List<Finding> findings) {
		List<Set<String>> liveUnique = new ArrayList<>();
		if (live.primaryKey() != null) {
			liveUnique.add(columnSet(live.primaryKey().columns()));
		}
		live.uniqueKeys().forEach((key) -> liveUnique.add(columnSet(key.columns())));
		live.indexes().stream().filter(Index::unique).forEach((index) -> liveUnique.add(columnSet(index.columns())));
		if (expected.primaryKey() != null && !liveUnique.contains(columnSet(expected.primaryKey().columns()))) {
			findings.add(missingKey(expected, live, expected.primaryKey(), true));
		}
		for (Key key : expected.uniqueKeys()) {
			if (!liveUnique.contains(columnSet(key.columns()))) {
				findings.add(missingKey(expected, live, key, false));
			}
		}
	}

	private Finding missingKey(Table expected, Table live, Key key, boolean primary) {
		String columns = String.join(", ", key.columns());
		if (key.oneToOne() != null) {
			return Finding.of(FindingKind.UNENFORCED_ONE_TO_ONE, display(live.name()), singleColumn(key.columns()),
					"No unique key on " + display(live.name()) + " (" + columns
							+ "), the join column of the one-to-one " + key.oneToOne()
							+ ": several rows may point to the same row. Nothing fails, since no"
							+ " entity maps the other side and Hibernate loads the association by its target's key;"
							+ " add the key if the database should keep it one-to-one.",
					this.sql.addUniqueKey(live, key.columns(), false), FixRisk.RISKY);
		}
		String what = primary ? "primary key" : "unique constraint";
		return Finding.of(FindingKind.MISSING_UNIQUE_CONSTRAINT, display(live.name()), singleColumn(key.columns()),
				"No " + what + " or unique index on " + display(live.name()) + " (" + columns
						+ ") as the mapping declares: saving a duplicate succeeds, and a later load or query that"
						+ " expects one row fails on it.",
				this.sql.addUniqueKey(live, key.columns(), primary && live.primaryKey() == null), FixRisk.RISKY);
	}

	private void compareForeignKeys(Table expected, Table live, Map<String, Table> liveTables, List<Finding> findings) {
		for (ForeignKey foreignKey : expected.foreignKeys()) {
			if (!liveTables.containsKey(tableKey(foreignKey.referencedTable()))) {
				// the missing referenced table is reported already, and its fix cannot
				// add this key
				continue;
			}
			boolean present = live.foreignKeys()
				.stream()
				.anyMatch((candidate) -> sameForeignKey(foreignKey, candidate));
			if (!present) {
				findings.add(Finding.of(FindingKind.MISSING_FOREIGN_KEY, display(live.name()),
						singleColumn(foreignKey.columns()),
						"No foreign key from " + display(live.name()) + " (" + String.join(", ", foreignKey.columns())
								+ ") to " + display(foreignKey.referencedTable()) + ": saving a row that points to a"
								+ " missing row succeeds, and loading its association later fails.",
						this.sql.addForeignKey(live, foreignKey), FixRisk.RISKY));
			}
		}
	}

	private boolean sameForeignKey(ForeignKey expected, ForeignKey live) {
		if (!tableKey(expected.referencedTable()).equals(tableKey(live.referencedTable()))
				|| expected.columns().size() != live.columns().size()) {
			return false;
		}
		return columnPairs(expected).equals(columnPairs(live));
	}

	private Set<String> columnPairs(ForeignKey foreignKey) {
		Set<String> pairs = new HashSet<>();
		for (int i = 0; i < foreignKey.columns().size(); i++) {
			String referenced = (i < foreignKey.referencedColumns().size()) ? foreignKey.referencedColumns().get(i)
					: "";
			pairs.add(columnKey(foreignKey.columns().get(i)) + "->" + columnKey(referenced));
		}
		return pairs;
	}

	private void compareIndexes(Table expected, Table live, List<Finding> findings) {
		for (Index index : expected.indexes()) {
			List<String> wanted = index.columns().stream().map(this::columnKey).toList();
			boolean present = live.indexes().stream().anyMatch((candidate) -> leads(candidate, wanted));
			if (!present) {
				findings.add(Finding.of(FindingKind.MISSING_INDEX, display(live.name()), singleColumn(index.columns()),
						"No index on " + display(live.name()) + " (" + String.join(", ", index.columns())
								+ ") as the mapping declares: queries that filter on it scan the table.",
						this.sql.createIndex(live, index.columns()), FixRisk.SAFE));
			}
		}
	}

	private boolean leads(Index candidate, List<String> wanted) {
		if (candidate.columns().size() < wanted.size()) {
			return false;
		}
		List<String> leading = candidate.columns().subList(0, wanted.size()).stream().map(this::columnKey).toList();
		return leading.equals(wanted);
	}

	private void compareSequences(List<Sequence> expected, List<Sequence> live, List<Finding> findings) {
		Map<String, Sequence> liveSequences = index(live, (sequence) -> tableKey(sequence.name()));
		for (Sequence sequence : expected) {
			Sequence liveSequence = liveSequences.get(tableKey(sequence.name()));
			long increment = (sequence.increment() != null) ? sequence.increment() : 1;
			if (liveSequence == null) {
				findings.add(Finding.of(FindingKind.MISSING_SEQUENCE, null, null,
						"Sequence " + display(sequence.name()) + " does not exist, but an id generator draws from it:"
								+ " every insert that needs a new id fails. Start it above the highest id in use.",
						this.sql.createSequence(sequence.name(), increment), FixRisk.SAFE));
			}
			else if (sequence.increment() != null && liveSequence.increment() != null
					&& !Objects.equals(sequence.increment(), liveSequence.increment())) {
				findings.add(Finding.of(FindingKind.SEQUENCE_INCREMENT_MISMATCH, null, null,
						"Sequence " + display(sequence.name()) + " steps by " + liveSequence.increment()
								+ ", but its id generator allocates " + sequence.increment()
								+ " ids per step: Hibernate refuses to start, or hands out ids twice.",
						this.sql.alterSequenceIncrement(sequence.name(), increment), FixRisk.RISKY));
			}
		}
	}

	private Finding missingTable(Table table) {
		return Finding.of(FindingKind.MISSING_TABLE, display(table.name()), null, "Table " + display(table.name())
				+ " does not exist, but the entities map it: every load,"
				+ " save and query of it fails. Apply the migration that creates it before deploying this code.",
				this.sql.createTable(table), FixRisk.SAFE);
	}

	private Finding missingColumn(Table table, Column column) {
		String where = display(table.name()) + "." + column.name();
		String consequence = column.nullable() ? "" : " Add it nullable, backfill it, then make it NOT NULL.";
		return Finding.of(FindingKind.MISSING_COLUMN, display(table.name()), column.name(),
				"Column " + where + " does not exist, but the entity maps it: every load and save of the entity"
						+ " fails. Apply the migration that adds it before deploying this code." + consequence,
				this.sql.addColumn(table, column), column.nullable() ? FixRisk.SAFE : FixRisk.RISKY);
	}

	private String display(QualifiedName name) {
		if (name.schema() == null || name.schema().equals(this.database.defaultSchema())) {
			return name.name();
		}
		return name.toString();
	}

	private String tableKey(QualifiedName name) {
		String schema = (name.schema() != null) ? name.schema() : this.database.defaultSchema();
		return this.identifiers.tableKey(schema) + "." + this.identifiers.tableKey(name.name());
	}

	private String columnKey(String name) {
		return this.identifiers.columnKey(name);
	}

	private Set<String> columnSet(List<String> columns) {
		return columns.stream().map(this::columnKey).collect(Collectors.toSet());
	}

	private static @Nullable String singleColumn(List<String> columns) {
		return (columns.size() == 1) ? columns.get(0) : null;
	}

	private static <T> Map<String, T> index(List<T> items, Function<T, String> key) {
		Map<String, T> map = new LinkedHashMap<>();
		for (T item : items) {
			map.putIfAbsent(key.apply(item), item);
		}
		return map;
	}

}

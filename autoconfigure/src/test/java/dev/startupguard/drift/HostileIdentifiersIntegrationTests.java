package dev.startupguard.drift;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.hibernate.boot.Metadata;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import dev.startupguard.check.PersistenceUnitCheck;
import dev.startupguard.drift.hostile.HostileEntity;
import dev.startupguard.report.Finding;
import dev.startupguard.report.FindingKind;
import dev.startupguard.schema.DatabaseFamily;
import dev.startupguard.schema.DatabaseInfo;
import dev.startupguard.schema.SchemaSnapshot;
import dev.startupguard.schema.Table;
import dev.startupguard.schema.expected.HibernateExpectedSchema;
import dev.startupguard.schema.live.LiveSchemaReader;
import dev.startupguard.testdb.TestDatabase;
import dev.startupguard.zoo.ZooMapping;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Names with spaces, a semicolon and a statement, a single quote, Unicode, mixed case and
 * a reserved word, in a table, its columns, an index, a unique constraint and a foreign
 * key, on PostgreSQL and MariaDB: a schema Hibernate created gives no finding; each drift
 * gives exactly its finding, naming the table and column exactly; and its suggested fix,
 * executed, makes exactly the one change that removes it: the schema is as Hibernate
 * created it again, and the canary table the table's name tries to drop is still there.
 */
class HostileIdentifiersIntegrationTests {

	private static final String TABLE = HostileEntity.TABLE;

	@ParameterizedTest
	@EnumSource(value = DatabaseFamily.class, names = { "POSTGRESQL", "MYSQL" })
	void hostileNamesAreReportedExactlyAndEveryFixMakesExactlyItsChange(DatabaseFamily family) throws SQLException {
		try (TestDatabase database = TestDatabase.create(family, "hostile")) {
			Function<String, String> q = (name) -> (family == DatabaseFamily.POSTGRESQL)
					? "\"" + name.replace("\"", "\"\"") + "\"" : "`" + name.replace("`", "``") + "`";
			Metadata metadata = ZooMapping.metadata(database, List.of(HostileEntity.class));
			try {
				String table = q.apply(TABLE);
				database.execute("CREATE TABLE canary (id int)");
				ZooMapping.createSchema(metadata);
				assertThat(findings(database, metadata)).as("findings on the schema Hibernate created").isEmpty();
				Set<String> created = shape(database);
				String foreignKey = liveTable(database).foreignKeys().get(0).name();
				boolean postgres = family == DatabaseFamily.POSTGRESQL;
				drift(database, metadata, created, FindingKind.MISSING_COLUMN, "Mixed Case",
						"ALTER TABLE " + table + " DROP COLUMN " + q.apply("Mixed Case"));
				drift(database, metadata, created, FindingKind.NARROWER_COLUMN, "o'clock",
						postgres ? "ALTER TABLE " + table + " ALTER COLUMN " + q.apply("o'clock") + " TYPE varchar(10)"
								: "ALTER TABLE " + table + " MODIFY " + q.apply("o'clock") + " varchar(10)");
				drift(database, metadata, created, FindingKind.MISSING_INDEX, "Größe",
						postgres ? "DROP INDEX " + q.apply("idx_groesse")
								: "DROP INDEX " + q.apply("idx_groesse") + " ON " + table);
				drift(database, metadata, created, FindingKind.MISSING_UNIQUE_CONSTRAINT, "o'clock",
						postgres ? "ALTER TABLE " + table + " DROP CONSTRAINT " + q.apply("uk o'clock")
								: "DROP INDEX " + q.apply("uk o'clock") + " ON " + table);
				drift(database, metadata, created, FindingKind.MISSING_FOREIGN_KEY, "parent; id", "ALTER TABLE " + table
						+ (postgres ? " DROP CONSTRAINT " : " DROP FOREIGN KEY ") + q.apply(foreignKey));
			}
			finally {
				ZooMapping.close(metadata);
			}
		}
	}

	private void drift(TestDatabase database, Metadata metadata, Set<String> created, FindingKind kind, String column,
			String mutation) throws SQLException {
		database.execute(mutation);
		List<Finding> findings = findings(database, metadata);
		assertThat(findings).as("findings after %s", mutation).singleElement().satisfies((finding) -> {
			assertThat(finding.kind()).isEqualTo(kind);
			assertThat(finding.table()).isEqualTo(TABLE);
			assertThat(finding.column()).isEqualTo(column);
		});
		String fix = findings.get(0).fix();
		assertThat(fix).as("fix of %s", findings.get(0)).isNotBlank();
		database.execute(Arrays.stream(fix.split(";\n"))
			.map(String::trim)
			.filter((sql) -> !sql.isEmpty())
			.toArray(String[]::new));
		assertThat(findings(database, metadata)).as("findings after the fix %s", fix).isEmpty();
		assertThat(shape(database)).as("schema after the fix %s", fix).isEqualTo(created);
	}

	private static List<Finding> findings(TestDatabase database, Metadata metadata) {
		return new PersistenceUnitCheck("hostile", database.dataSource(), new HibernateExpectedSchema(metadata),
				new DriftCheck(new LiveSchemaReader(Duration.ofSeconds(10)),
						new DriftOptions(List.of("canary"), List.of()), List.of()))
			.run()
			.findings()
			.toList();
	}

	private static Table liveTable(TestDatabase database) throws SQLException {
		return live(database).tables()
			.stream()
			.filter((table) -> table.name().name().equals(TABLE))
			.findFirst()
			.orElseThrow();
	}

	/**
	 * Return what the schema holds, names of indexes and constraints left out (a fix
	 * names them its own way): every table with its columns, keys, foreign keys and
	 * indexes by their columns.
	 */
	private static Set<String> shape(TestDatabase database) throws SQLException {
		return live(database).tables()
			.stream()
			.flatMap((table) -> java.util.stream.Stream.concat(
					table.columns()
						.stream()
						.map((column) -> table.name().name() + " column " + column.name() + " " + column.type() + " "
								+ column.nullable()),
					java.util.stream.Stream
						.of(table.name().name() + " pk " + columns(table.primaryKey()), table.name().name() + " unique "
								+ table.uniqueKeys().stream().map((key) -> key.columns().toString()).sorted().toList(),
								table.name().name() + " fks "
										+ table.foreignKeys()
											.stream()
											.map((key) -> key.columns() + "->" + key.referencedTable().name()
													+ key.referencedColumns())
											.sorted()
											.toList(),
								table.name().name() + " indexes "
										+ table.indexes()
											.stream()
											.map((index) -> index.columns() + (index.unique() ? " unique" : ""))
											.sorted()
											.toList())))
			.collect(Collectors.toCollection(java.util.TreeSet::new));
	}

	private static String columns(dev.startupguard.schema.Key key) {
		return (key != null) ? key.columns().toString() : "none";
	}

	private static SchemaSnapshot live(TestDatabase database) throws SQLException {
		try (Connection connection = database.dataSource().getConnection()) {
			LiveSchemaReader reader = new LiveSchemaReader(Duration.ofSeconds(10));
			DatabaseInfo info = reader.inspect(connection);
			return reader.read(connection, info, List.of(info.defaultSchema()));
		}
	}

}

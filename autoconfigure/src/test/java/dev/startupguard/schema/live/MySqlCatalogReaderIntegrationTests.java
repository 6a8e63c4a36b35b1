package dev.startupguard.schema.live;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;

import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import dev.startupguard.schema.Column;
import dev.startupguard.schema.ColumnTypes;
import dev.startupguard.schema.DatabaseFamily;
import dev.startupguard.schema.DatabaseInfo;
import dev.startupguard.schema.ForeignKey;
import dev.startupguard.schema.Identifiers;
import dev.startupguard.schema.Identifiers.IdentifierCase;
import dev.startupguard.schema.Index;
import dev.startupguard.schema.Key;
import dev.startupguard.schema.QualifiedName;
import dev.startupguard.schema.SchemaSnapshot;
import dev.startupguard.schema.Sequence;
import dev.startupguard.schema.Table;
import dev.startupguard.schema.TypeFamily;
import dev.startupguard.testdb.TestDatabase;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Integration tests for {@link MySqlCatalogReader} on a MariaDB server.
 *
 * @author Startup Guard contributors
 */
class MySqlCatalogReaderIntegrationTests {

	private static final Duration TIMEOUT = Duration.ofSeconds(30);

	private static TestDatabase database;

	@BeforeAll
	static void createSchema() {
		database = TestDatabase.mariadb("myreader");
		database.execute("CREATE TABLE parent (a int NOT NULL, b varchar(40) NOT NULL, PRIMARY KEY (a, b))", """
				CREATE TABLE Mixed_Case (
					id bigint NOT NULL AUTO_INCREMENT,
					name varchar(40) NOT NULL DEFAULT 'x',
					body text,
					quantity int NOT NULL,
					price decimal(10,2),
					created datetime(6),
					updated timestamp NULL,
					active tinyint(1),
					flag bit(1),
					token uuid,
					attributes json,
					content longblob,
					kind enum('A','B'),
					note varchar(40) DEFAULT NULL,
					doubled int AS (quantity * 2) VIRTUAL,
					tripled int AS (quantity * 3) PERSISTENT,
					parent_a int,
					parent_b varchar(40),
					PRIMARY KEY (id),
					CONSTRAINT uk_name UNIQUE (name),
					CONSTRAINT uk_body_prefix UNIQUE (body(20)),
					KEY ix_quantity (quantity),
					KEY ix_created_quantity (created, quantity),
					KEY ix_body (body(10)),
					FULLTEXT KEY ft_body (body),
					CONSTRAINT fk_parent FOREIGN KEY (parent_a, parent_b) REFERENCES parent (a, b)
				)""", "CREATE TABLE mixed_case (id int NOT NULL PRIMARY KEY, label varchar(10), KEY ix_label (label))",
				"CREATE SEQUENCE s INCREMENT BY 50", "CREATE VIEW parent_view AS SELECT a, b FROM parent");
	}

	@AfterAll
	static void dropDatabase() {
		database.close();
	}

	@Test
	void readReturnsWholeSchema() throws SQLException {
		SchemaSnapshot snapshot = read(List.of(database.name()));
		QualifiedName parent = name("parent");
		Table mixedCase = new Table(name("Mixed_Case"),
				List.of(column("id", "bigint(20)", false, true), column("name", "varchar(40)", false, true, "'x'"),
						column("body", "text", true, false), column("quantity", "int(11)", false, false),
						column("price", "decimal(10,2)", true, false), column("created", "datetime(6)", true, false),
						column("updated", "timestamp", true, false), column("active", "tinyint(1)", true, false),
						column("flag", "bit(1)", true, false), column("token", "uuid", true, false),
						column("attributes", "json", true, false), column("content", "longblob", true, false),
						column("kind", "enum('A','B')", true, false), column("note", "varchar(40)", true, false),
						column("doubled", "int(11)", true, true), column("tripled", "int(11)", true, true),
						column("parent_a", "int(11)", true, false), column("parent_b", "varchar(40)", true, false)),
				new Key("PRIMARY", List.of("id")), List.of(new Key("uk_name", List.of("name"))),
				List.of(new ForeignKey("fk_parent", List.of("parent_a", "parent_b"), parent, List.of("a", "b"))),
				List.of(new Index("PRIMARY", List.of("id"), true),
						new Index("fk_parent", List.of("parent_a", "parent_b"), false),
						new Index("ix_created_quantity", List.of("created", "quantity"), false),
						new Index("ix_quantity", List.of("quantity"), false),
						new Index("uk_name", List.of("name"), true)));
		Table mixedCaseTwin = new Table(name("mixed_case"),
				List.of(column("id", "int(11)", false, false), column("label", "varchar(10)", true, false)),
				new Key("PRIMARY", List.of("id")), List.of(), List.of(),
				List.of(new Index("PRIMARY", List.of("id"), true), new Index("ix_label", List.of("label"), false)));
		Table parentTable = new Table(parent,
				List.of(column("a", "int(11)", false, false), column("b", "varchar(40)", false, false)),
				new Key("PRIMARY", List.of("a", "b")), List.of(), List.of(),
				List.of(new Index("PRIMARY", List.of("a", "b"), true)));
		Table parentView = new Table(name("parent_view"),
				List.of(column("a", "int(11)", false, false), column("b", "varchar(40)", false, false)), null,
				List.of(), List.of(), List.of());
		assertThat(snapshot.tables()).containsExactly(mixedCase, mixedCaseTwin, parentTable, parentView);
		assertThat(snapshot.sequences()).containsExactly(new Sequence(name("s"), 50L));
	}

	@Test
	void readReportsJsonUuidAndEnumByMeaning() throws SQLException {
		Table mixedCase = read(List.of(database.name())).tables().get(0);
		assertThat(mixedCase.columns()).filteredOn((column) -> column.name().equals("attributes"))
			.singleElement()
			.satisfies((column) -> assertThat(column.type().family()).isEqualTo(TypeFamily.JSON));
		assertThat(mixedCase.columns()).filteredOn((column) -> column.name().equals("token"))
			.singleElement()
			.satisfies((column) -> assertThat(column.type().family()).isEqualTo(TypeFamily.UUID));
		assertThat(mixedCase.columns()).filteredOn((column) -> column.name().equals("kind"))
			.singleElement()
			.satisfies((column) -> assertThat(column.type().enumValues()).containsExactly("A", "B"));
	}

	@Test
	void readReadsSeveralDatabasesTogetherAndNoOthers() throws SQLException {
		try (TestDatabase second = TestDatabase.mariadb("myreader2");
				TestDatabase third = TestDatabase.mariadb("myreader3")) {
			second.execute("CREATE TABLE other (id int NOT NULL, parent_a int, parent_b varchar(40), PRIMARY KEY (id),"
					+ " CONSTRAINT fk_other_parent FOREIGN KEY (parent_a, parent_b) REFERENCES " + database.name()
					+ ".parent (a, b))", "CREATE SEQUENCE other_seq");
			third.execute("CREATE TABLE unrequested (id int PRIMARY KEY)", "CREATE SEQUENCE unrequested_seq");
			SchemaSnapshot snapshot = read(List.of(database.name(), second.name()));
			QualifiedName other = new QualifiedName(second.name(), "other");
			assertThat(snapshot.tables()).extracting(Table::name)
				.containsExactlyInAnyOrder(name("Mixed_Case"), name("mixed_case"), name("parent"), name("parent_view"),
						other)
				.isSortedAccordingTo(Comparator.comparing(QualifiedName::schema).thenComparing(QualifiedName::name));
			assertThat(snapshot.tables()).filteredOn((table) -> table.name().equals(other))
				.singleElement()
				.satisfies((table) -> assertThat(table.foreignKeys()).containsExactly(new ForeignKey("fk_other_parent",
						List.of("parent_a", "parent_b"), name("parent"), List.of("a", "b"))));
			assertThat(snapshot.sequences()).extracting(Sequence::name)
				.containsExactlyInAnyOrder(name("s"), new QualifiedName(second.name(), "other_seq"));
		}
	}

	@Test
	void readOfNoDatabaseIsEmpty() throws SQLException {
		assertThat(read(List.of())).isEqualTo(new SchemaSnapshot(List.of(), List.of()));
	}

	@Test
	void inspectReportsMariaDbWithCaseSensitiveTableNames() throws SQLException {
		try (Connection connection = database.dataSource().getConnection()) {
			DatabaseInfo info = new LiveSchemaReader(TIMEOUT).inspect(connection);
			assertThat(info.family()).isEqualTo(DatabaseFamily.MYSQL);
			assertThat(info.identifiers()).isEqualTo(new Identifiers(IdentifierCase.MIXED, true, false));
			assertThat(info.defaultSchema()).isEqualTo(database.name());
		}
	}

	@Test
	void liveSchemaReaderUsesThisReaderAndKeepsReadOnlyFlag() throws SQLException {
		SchemaSnapshot expected = read(List.of(database.name()));
		try (Connection connection = database.dataSource().getConnection()) {
			LiveSchemaReader reader = new LiveSchemaReader(TIMEOUT);
			DatabaseInfo info = reader.inspect(connection);
			connection.setReadOnly(false);
			assertThat(reader.read(connection, info, List.of(database.name()))).isEqualTo(expected);
			assertThat(connection.isReadOnly()).isFalse();
			connection.setReadOnly(true);
			assertThat(reader.read(connection, info, List.of(database.name()))).isEqualTo(expected);
			assertThat(connection.isReadOnly()).isTrue();
		}
	}

	private static SchemaSnapshot read(List<String> schemas) throws SQLException {
		try (Connection connection = database.dataSource().getConnection()) {
			DatabaseInfo info = new LiveSchemaReader(TIMEOUT).inspect(connection);
			return new MySqlCatalogReader().read(new CatalogQueries(connection, TIMEOUT), info, schemas);
		}
	}

	private static QualifiedName name(String table) {
		return new QualifiedName(database.name(), table);
	}

	private static Column column(String name, String type, boolean nullable, boolean defaulted) {
		return new Column(name, ColumnTypes.parse(type, DatabaseFamily.MYSQL), nullable, defaulted);
	}

	private static Column column(String name, String type, boolean nullable, boolean defaulted,
			String defaultExpression) {
		return new Column(name, ColumnTypes.parse(type, DatabaseFamily.MYSQL), nullable, defaulted, defaultExpression,
				null);
	}

}

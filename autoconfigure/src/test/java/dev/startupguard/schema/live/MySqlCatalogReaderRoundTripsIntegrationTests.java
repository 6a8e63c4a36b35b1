package dev.startupguard.schema.live;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import dev.startupguard.schema.DatabaseInfo;
import dev.startupguard.schema.SchemaSnapshot;
import dev.startupguard.schema.Table;
import dev.startupguard.testdb.StatementCounter;
import dev.startupguard.testdb.StatementCounter.PreparedQuery;
import dev.startupguard.testdb.TestDatabase;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Integration tests for the number of round trips {@link MySqlCatalogReader} takes on a
 * MariaDB server, and for what each one makes the server open.
 *
 * @author Startup Guard contributors
 */
class MySqlCatalogReaderRoundTripsIntegrationTests {

	private static final Duration TIMEOUT = Duration.ofSeconds(60);

	private static TestDatabase database;

	@BeforeAll
	static void createDatabase() {
		database = TestDatabase.mariadb("myroundtrips");
	}

	@AfterAll
	static void dropDatabase() {
		database.close();
	}

	@Test
	void readTakesAsManyRoundTripsForFiveHundredTablesAsForTen() throws SQLException {
		createTables(0, 10);
		Reading ten = read();
		createTables(10, 500);
		Reading fiveHundred = read();
		System.out.println("MySqlCatalogReader round trips: " + ten.roundTrips() + " for 10 tables, "
				+ fiveHundred.roundTrips() + " for 500 tables");
		assertThat(ten.snapshot().tables()).hasSize(10);
		assertThat(fiveHundred.snapshot().tables()).hasSize(500)
			.allSatisfy((table) -> assertThat(table.primaryKey()).isNotNull());
		Table last = fiveHundred.snapshot().tables().get(499);
		assertThat(last.name().name()).isEqualTo("t499");
		assertThat(last.foreignKeys()).singleElement()
			.satisfies((foreignKey) -> assertThat(foreignKey.referencedTable().name()).isEqualTo("t498"));
		assertThat(last.indexes()).hasSize(3);
		assertThat(fiveHundred.roundTrips()).isEqualTo(ten.roundTrips()).isLessThanOrEqualTo(6);
	}

	@Test
	void catalogQueriesOpenTheTablesOfOnlyTheDatabasesRead() throws SQLException {
		try (TestDatabase second = TestDatabase.mariadb("myroundtrips2")) {
			// a JSON column and a sequence: every optional query runs too
			second.execute("CREATE TABLE item (id bigint NOT NULL PRIMARY KEY, doc longtext CHECK (json_valid(doc)))",
					"CREATE SEQUENCE item_seq");
			for (List<String> schemas : List.of(List.of(second.name()), List.of(database.name(), second.name()))) {
				try (Connection connection = database.dataSource().getConnection()) {
					DatabaseInfo info = new LiveSchemaReader(TIMEOUT).inspect(connection);
					StatementCounter counter = new StatementCounter();
					SchemaSnapshot snapshot = new MySqlCatalogReader()
						.read(new CatalogQueries(counter.wrap(connection), TIMEOUT), info, schemas);
					assertThat(snapshot.tables()).extracting((table) -> table.name().name()).contains("item");
					assertThat(counter.preparedQueries()).hasSizeGreaterThanOrEqualTo(6)
						.allSatisfy((query) -> assertThat(explain(connection, query)).as("EXPLAIN of %s", query.sql())
							.noneMatch((extra) -> extra.contains("Scanned all databases")));
				}
			}
		}
	}

	/**
	 * Return the {@code Extra} column of each row of the query's plan, which says how
	 * many databases a query of {@code information_schema} opens.
	 */
	private static List<String> explain(Connection connection, PreparedQuery query) throws SQLException {
		List<String> extras = new ArrayList<>();
		try (PreparedStatement statement = connection.prepareStatement("EXPLAIN " + query.sql())) {
			for (Map.Entry<Integer, Object> parameter : query.parameters().entrySet()) {
				statement.setObject(parameter.getKey(), parameter.getValue());
			}
			try (ResultSet plan = statement.executeQuery()) {
				while (plan.next()) {
					extras.add(String.valueOf(plan.getString("Extra")));
				}
			}
		}
		return extras;
	}

	private static void createTables(int from, int to) {
		List<String> statements = new ArrayList<>();
		for (int i = from; i < to; i++) {
			String foreignKey = (i > 0)
					? ", CONSTRAINT fk_t" + i + " FOREIGN KEY (previous_id) REFERENCES " + tableName(i - 1) + " (id)"
					: "";
			statements.add("CREATE TABLE " + tableName(i) + " (id bigint NOT NULL PRIMARY KEY, previous_id bigint,"
					+ " name varchar(40), KEY ix_t" + i + "_name (name)" + foreignKey + ")");
		}
		database.execute(statements.toArray(String[]::new));
	}

	private static String tableName(int i) {
		return "t%03d".formatted(i);
	}

	private static Reading read() throws SQLException {
		try (Connection connection = database.dataSource().getConnection()) {
			DatabaseInfo info = new LiveSchemaReader(TIMEOUT).inspect(connection);
			StatementCounter counter = new StatementCounter();
			SchemaSnapshot snapshot = new MySqlCatalogReader()
				.read(new CatalogQueries(counter.wrap(connection), TIMEOUT), info, List.of(database.name()));
			return new Reading(snapshot, counter.count());
		}
	}

	private record Reading(SchemaSnapshot snapshot, int roundTrips) {

	}

}

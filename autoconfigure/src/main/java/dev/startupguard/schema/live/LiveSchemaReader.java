package dev.startupguard.schema.live;

import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;

import dev.startupguard.schema.DatabaseFamily;
import dev.startupguard.schema.DatabaseInfo;
import dev.startupguard.schema.Identifiers;
import dev.startupguard.schema.Identifiers.IdentifierCase;
import dev.startupguard.schema.SchemaSnapshot;

/**
 * Reads what a database is and what its schemas hold, through the fastest catalog the
 * database offers: {@code pg_catalog} on PostgreSQL, {@code information_schema} on MySQL,
 * MariaDB and H2, and plain {@link DatabaseMetaData} elsewhere. Every query runs with the
 * time left before the check's {@link CheckDeadline}; run on the connection of a
 * {@link ReadOnlyCatalogSession}, the inspection and the reads share one read-only
 * transaction that is rolled back at the end: nothing is written and no lock is taken
 * beyond the catalog's own read locks.
 *
 * @author Startup Guard contributors
 * @since 0.1.0
 */
public final class LiveSchemaReader {

	private final Duration timeout;

	private final Function<DatabaseFamily, CatalogReader> readers;

	/**
	 * Create a reader whose checks are bounded by the given timeout.
	 * @param timeout the time one check may take
	 */
	public LiveSchemaReader(Duration timeout) {
		this(timeout, false);
	}

	/**
	 * Create a reader whose checks are bounded by the given timeout, reading the columns'
	 * default expressions or not. Only PostgreSQL's catalog charges for them (a function
	 * call per defaulted column): the other catalogs return them with the column, and
	 * their readers always fill them.
	 * @param timeout the time one check may take
	 * @param defaultExpressions whether to read the columns' default expressions on
	 * PostgreSQL, as the schema snapshot needs and the drift check does not
	 */
	public LiveSchemaReader(Duration timeout, boolean defaultExpressions) {
		this(timeout, (family) -> readerFor(family, defaultExpressions));
	}

	/**
	 * Create a reader that chooses the catalog reader of each family its own way, so that
	 * tests can run the generic reader on databases that have readers of their own.
	 * @param timeout the time one check may take
	 * @param readers the catalog reader for each database family
	 */
	LiveSchemaReader(Duration timeout, Function<DatabaseFamily, CatalogReader> readers) {
		this.timeout = timeout;
		this.readers = readers;
	}

	/**
	 * Start the time of one check.
	 * @return the deadline of a check starting now
	 */
	public CheckDeadline deadline() {
		return CheckDeadline.in(this.timeout);
	}

	/**
	 * Find out what database the connection talks to, as a check starting now.
	 * @param connection an open connection
	 * @return the database's product, family, identifier rules and default schema
	 * @throws SQLException if the driver cannot tell
	 */
	public DatabaseInfo inspect(Connection connection) throws SQLException {
		return inspect(connection, deadline());
	}

	/**
	 * Find out what database the connection talks to.
	 * @param connection an open connection
	 * @param deadline the deadline of the check
	 * @return the database's product, family, identifier rules and default schema
	 * @throws SQLException if the driver cannot tell, or the deadline has passed
	 */
	public DatabaseInfo inspect(Connection connection, CheckDeadline deadline) throws SQLException {
		DatabaseMetaData metaData = connection.getMetaData();
		DatabaseFamily family = DatabaseFamily.fromProductName(metaData.getDatabaseProductName());
		Identifiers identifiers = identifiers(connection, metaData, family, deadline);
		String defaultSchema = (family == DatabaseFamily.MYSQL) ? connection.getCatalog() : connection.getSchema();
		if (defaultSchema == null) {
			defaultSchema = (connection.getCatalog() != null) ? connection.getCatalog() : "";
		}
		return new DatabaseInfo(metaData.getDatabaseProductName(), metaData.getDatabaseProductVersion(), family,
				identifiers, defaultSchema);
	}

	/**
	 * Read the tables and sequences of the given schemas, as a check starting now.
	 * @param connection an open connection, such as a {@link ReadOnlyCatalogSession}'s
	 * @param database what {@link #inspect(Connection)} found
	 * @param schemas the schemas to read, as the database stores their names
	 * @return the live schema
	 * @throws SQLException if a catalog query fails or times out
	 */
	public SchemaSnapshot read(Connection connection, DatabaseInfo database, Collection<String> schemas)
			throws SQLException {
		return read(connection, database, schemas, deadline());
	}

	/**
	 * Read the tables and sequences of the given schemas.
	 * @param connection an open connection, such as a {@link ReadOnlyCatalogSession}'s
	 * @param database what {@link #inspect(Connection)} found
	 * @param schemas the schemas to read, as the database stores their names
	 * @param deadline the deadline of the check
	 * @return the live schema
	 * @throws SQLException if a catalog query fails or times out, or the deadline has
	 * passed
	 */
	public SchemaSnapshot read(Connection connection, DatabaseInfo database, Collection<String> schemas,
			CheckDeadline deadline) throws SQLException {
		return this.readers.apply(database.family())
			.read(new CatalogQueries(connection, deadline), database, new ArrayList<>(schemas));
	}

	/**
	 * Return which of the given schemas exist and may be read by the connection's user. A
	 * schema the user has no right to use looks the same as one that does not exist,
	 * which is what the database tells such a user too.
	 * @param connection an open connection, such as a {@link ReadOnlyCatalogSession}'s
	 * @param database what {@link #inspect(Connection)} found
	 * @param schemas the schemas, as the database stores their names
	 * @param deadline the deadline of the check
	 * @return the schemas that exist and are visible; every given schema where the
	 * database family offers no way to tell
	 * @throws SQLException if the catalog query fails or times out, or the deadline has
	 * passed
	 */
	public Set<String> visibleSchemas(Connection connection, DatabaseInfo database, Collection<String> schemas,
			CheckDeadline deadline) throws SQLException {
		List<String> names = List.copyOf(new LinkedHashSet<>(schemas));
		String sql = switch (database.family()) {
			case POSTGRESQL -> "SELECT nspname FROM pg_catalog.pg_namespace WHERE nspname IN "
					+ CatalogQueries.placeholders(names.size());
			case MYSQL, H2 -> "SELECT schema_name FROM information_schema.schemata WHERE schema_name IN "
					+ CatalogQueries.placeholders(names.size());
			case OTHER -> null;
		};
		if (names.isEmpty() || sql == null) {
			return new LinkedHashSet<>(names);
		}
		Set<String> readable = new LinkedHashSet<>();
		new CatalogQueries(connection, deadline).query(sql, names, (row) -> readable.add(row.getString(1)));
		return readable;
	}

	/**
	 * Return which of the given schemas the connection's user sees only in part: on
	 * MariaDB and MySQL, schemas where it holds privileges on single tables (or columns)
	 * only, neither on the schema nor globally, so that the catalog hides every other
	 * table from it. Other databases show every table in their catalog.
	 * @param connection an open connection, such as a {@link ReadOnlyCatalogSession}'s
	 * @param database what {@link #inspect(Connection)} found
	 * @param schemas the schemas, as the database stores their names
	 * @param deadline the deadline of the check
	 * @return the schemas seen in part
	 * @throws SQLException if the catalog query fails or times out, or the deadline has
	 * passed
	 */
	public Set<String> partlyVisibleSchemas(Connection connection, DatabaseInfo database, Collection<String> schemas,
			CheckDeadline deadline) throws SQLException {
		Set<String> partly = new LinkedHashSet<>();
		if (database.family() != DatabaseFamily.MYSQL) {
			return partly;
		}
		CatalogQueries catalog = new CatalogQueries(connection, deadline);
		boolean[] global = new boolean[1];
		catalog.query("SELECT 1 FROM information_schema.USER_PRIVILEGES WHERE PRIVILEGE_TYPE <> 'USAGE' LIMIT 1",
				List.of(), (row) -> global[0] = true);
		if (global[0]) {
			return partly;
		}
		for (String schema : schemas) {
			boolean[] whole = new boolean[1];
			// a grant on `app\_%`.* names its schemas by a LIKE pattern
			catalog.query("SELECT 1 FROM information_schema.SCHEMA_PRIVILEGES WHERE ? LIKE TABLE_SCHEMA LIMIT 1",
					List.of(schema), (row) -> whole[0] = true);
			if (!whole[0]) {
				partly.add(schema);
			}
		}
		return partly;
	}

	private static CatalogReader readerFor(DatabaseFamily family, boolean defaultExpressions) {
		return switch (family) {
			case POSTGRESQL -> new PostgresCatalogReader(defaultExpressions);
			case H2 -> new H2CatalogReader();
			case MYSQL -> new MySqlCatalogReader();
			case OTHER -> new JdbcMetaDataCatalogReader();
		};
	}

	private Identifiers identifiers(Connection connection, DatabaseMetaData metaData, DatabaseFamily family,
			CheckDeadline deadline) throws SQLException {
		if (family == DatabaseFamily.MYSQL) {
			return new Identifiers(IdentifierCase.MIXED, lowerCaseTableNames(connection, deadline) == 0, false);
		}
		if (metaData.storesLowerCaseIdentifiers()) {
			return new Identifiers(IdentifierCase.LOWER, true, true);
		}
		if (metaData.storesUpperCaseIdentifiers()) {
			return new Identifiers(IdentifierCase.UPPER, true, true);
		}
		boolean caseSensitive = metaData.supportsMixedCaseIdentifiers();
		return new Identifiers(IdentifierCase.MIXED, caseSensitive, caseSensitive);
	}

	private int lowerCaseTableNames(Connection connection, CheckDeadline deadline) throws SQLException {
		int[] value = { 0 };
		new CatalogQueries(connection, deadline).query("SELECT @@lower_case_table_names", List.of(),
				(row) -> value[0] = row.getInt(1));
		return value[0];
	}

}

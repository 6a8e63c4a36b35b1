package dev.startupguard.testdb;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import javax.sql.DataSource;

import org.h2.jdbcx.JdbcDataSource;
import org.mariadb.jdbc.MariaDbDataSource;
import org.postgresql.ds.PGSimpleDataSource;

import dev.startupguard.schema.DatabaseFamily;

/**
 * A scratch database of its own for one test class, created on a real server and dropped
 * again on {@link #close()}. PostgreSQL and MariaDB come from
 * {@code STARTUP_GUARD_TEST_POSTGRES_URL} and {@code STARTUP_GUARD_TEST_MARIADB_URL},
 * with the local servers as defaults. A server that does not answer fails the test: a
 * test never passes or skips because its database was missing.
 */
public abstract class TestDatabase implements AutoCloseable {

	private final String name;

	private TestDatabase(String name) {
		this.name = name;
	}

	/**
	 * Create a fresh PostgreSQL database.
	 * @param purpose a short word naming the test, part of the database name
	 * @return the database
	 */
	public static TestDatabase postgres(String purpose) {
		return new Server(DatabaseFamily.POSTGRESQL, "STARTUP_GUARD_TEST_POSTGRES_URL",
				"jdbc:postgresql://127.0.0.1:5432/test?user=postgres", uniqueName(purpose));
	}

	/**
	 * Create a fresh MariaDB (or MySQL) database.
	 * @param purpose a short word naming the test, part of the database name
	 * @return the database
	 */
	public static TestDatabase mariadb(String purpose) {
		return new Server(DatabaseFamily.MYSQL, "STARTUP_GUARD_TEST_MARIADB_URL",
				"jdbc:mariadb://127.0.0.1:3306/test?user=root", uniqueName(purpose));
	}

	/**
	 * Create a fresh in-memory H2 database.
	 * @param purpose a short word naming the test, part of the database name
	 * @return the database
	 */
	public static TestDatabase h2(String purpose) {
		return new InMemoryH2(uniqueName(purpose));
	}

	/**
	 * Create a fresh database of the given family.
	 * @param family the family
	 * @param purpose a short word naming the test, part of the database name
	 * @return the database
	 */
	public static TestDatabase create(DatabaseFamily family, String purpose) {
		return switch (family) {
			case POSTGRESQL -> postgres(purpose);
			case MYSQL -> mariadb(purpose);
			case H2 -> h2(purpose);
			case OTHER -> throw new IllegalArgumentException("No test database for " + family);
		};
	}

	private static String uniqueName(String purpose) {
		return "sg_" + purpose.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]", "") + "_"
				+ UUID.randomUUID().toString().substring(0, 8);
	}

	/**
	 * Return the database's name.
	 * @return the name
	 */
	public String name() {
		return this.name;
	}

	/**
	 * Return the family of the database.
	 * @return the family
	 */
	public abstract DatabaseFamily family();

	/**
	 * Return the JDBC URL of the scratch database.
	 * @return the URL
	 */
	public abstract String url();

	/**
	 * Return a data source for the scratch database.
	 * @return the data source
	 */
	public abstract DataSource dataSource();

	/**
	 * Return a data source for the scratch database that logs in as another user.
	 * @param user the user
	 * @param password the user's password
	 * @return the data source
	 */
	public abstract DataSource dataSource(String user, String password);

	/**
	 * Run statements on the scratch database, each in its own auto-commit transaction.
	 * @param statements the statements
	 */
	public void execute(String... statements) {
		try (Connection connection = dataSource().getConnection(); Statement statement = connection.createStatement()) {
			for (String sql : statements) {
				statement.execute(sql);
			}
		}
		catch (SQLException ex) {
			throw new IllegalStateException("Statement failed on " + family() + ": " + ex.getMessage(), ex);
		}
	}

	/**
	 * Read the rows of a query on the scratch database, each as its columns' values
	 * joined by {@code |}.
	 * @param query the query
	 * @return the rows, in the query's order
	 */
	public List<String> rows(String query) {
		List<String> rows = new ArrayList<>();
		try (Connection connection = dataSource().getConnection();
				Statement statement = connection.createStatement();
				ResultSet result = statement.executeQuery(query)) {
			while (result.next()) {
				List<String> row = new ArrayList<>();
				for (int column = 1; column <= result.getMetaData().getColumnCount(); column++) {
					row.add(result.getString(column));
				}
				rows.add(String.join("|", row));
			}
		}
		catch (SQLException ex) {
			throw new IllegalStateException("Query failed on " + family() + ": " + ex.getMessage(), ex);
		}
		return rows;
	}

	@Override
	public abstract void close();

	private static final class Server extends TestDatabase {

		private final DatabaseFamily family;

		private final String adminUrl;

		private final String url;

		Server(DatabaseFamily family, String variable, String defaultUrl, String name) {
			super(name);
			this.family = family;
			String configured = System.getenv(variable);
			this.adminUrl = (configured != null && !configured.isBlank()) ? configured : defaultUrl;
			this.url = withDatabase(this.adminUrl, name);
			admin("CREATE DATABASE " + name, variable);
		}

		private static String withDatabase(String url, String database) {
			int hostStart = url.indexOf("//") + 2;
			int pathStart = url.indexOf('/', hostStart);
			int queryStart = url.indexOf('?', hostStart);
			String prefix = url.substring(0,
					(pathStart >= 0) ? pathStart : (queryStart >= 0) ? queryStart : url.length());
			String query = (queryStart >= 0) ? url.substring(queryStart) : "";
			return prefix + "/" + database + query;
		}

		private void admin(String sql, String variable) {
			try (Connection connection = DriverManager.getConnection(this.adminUrl);
					Statement statement = connection.createStatement()) {
				statement.execute(sql);
			}
			catch (SQLException ex) {
				throw new IllegalStateException(this.family + " test server did not answer at "
						+ this.adminUrl.replaceAll("password=[^&]*", "password=***") + " (" + ex.getMessage()
						+ "). Start it, or point " + variable + " at one.", ex);
			}
		}

		@Override
		public DatabaseFamily family() {
			return this.family;
		}

		@Override
		public String url() {
			return this.url;
		}

		@Override
		public DataSource dataSource() {
			return dataSource(this.url);
		}

		@Override
		public DataSource dataSource(String user, String password) {
			String credentials = "user=" + user + "&password=" + password;
			String query = this.url.replaceFirst("^[^?]*\\??", "").replaceAll("(^|&)(user|password)=[^&]*", "");
			String base = this.url.replaceFirst("\\?.*$", "");
			return dataSource(base + "?" + credentials + (query.isEmpty() ? "" : "&" + query.replaceFirst("^&", "")));
		}

		private DataSource dataSource(String url) {
			if (this.family == DatabaseFamily.POSTGRESQL) {
				PGSimpleDataSource dataSource = new PGSimpleDataSource();
				dataSource.setURL(url);
				return dataSource;
			}
			try {
				return new MariaDbDataSource(url);
			}
			catch (SQLException ex) {
				throw new IllegalStateException(ex);
			}
		}

		@Override
		public void close() {
			String drop = (this.family == DatabaseFamily.POSTGRESQL)
					? "DROP DATABASE IF EXISTS " + name() + " WITH (FORCE)" : "DROP DATABASE IF EXISTS " + name();
			admin(drop, "");
		}

	}

	private static final class InMemoryH2 extends TestDatabase {

		private final Connection keepAlive;

		InMemoryH2(String name) {
			super(name);
			try {
				// "sa" is the user Spring Boot assumes for an embedded database
				this.keepAlive = DriverManager.getConnection(url(), "sa", "");
			}
			catch (SQLException ex) {
				throw new IllegalStateException(ex);
			}
		}

		@Override
		public DatabaseFamily family() {
			return DatabaseFamily.H2;
		}

		@Override
		public String url() {
			return "jdbc:h2:mem:" + name();
		}

		@Override
		public DataSource dataSource() {
			JdbcDataSource dataSource = new JdbcDataSource();
			dataSource.setURL(url());
			dataSource.setUser("sa");
			return dataSource;
		}

		@Override
		public DataSource dataSource(String user, String password) {
			throw new UnsupportedOperationException("An in-memory H2 database has one user");
		}

		@Override
		public void close() {
			try {
				this.keepAlive.close();
			}
			catch (SQLException ex) {
				throw new IllegalStateException(ex);
			}
		}

	}

}

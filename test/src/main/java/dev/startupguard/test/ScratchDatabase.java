package dev.startupguard.test;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * A database of its own for one test context, created on a PostgreSQL, MariaDB or MySQL
 * server through an administrative URL and dropped again: the fresh, empty database the
 * migrations run on, so that nothing left by an earlier run can make up for a missing
 * migration.
 *
 * @author Startup Guard contributors
 */
final class ScratchDatabase {

	private final Server server;

	private final String adminUrl;

	private final String name;

	private ScratchDatabase(Server server, String adminUrl, String name) {
		this.server = server;
		this.adminUrl = adminUrl;
		this.name = name;
	}

	/**
	 * Create a scratch database with a random name on the server of an administrative
	 * URL.
	 * @param adminUrl the JDBC URL of any database of the server, with a user that may
	 * create databases
	 * @return the created database
	 */
	static ScratchDatabase create(String adminUrl) {
		Server server = Server.of(adminUrl);
		ScratchDatabase database = new ScratchDatabase(server, adminUrl,
				"sg_test_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12));
		database.admin("CREATE DATABASE " + database.name, "create");
		return database;
	}

	/**
	 * Return the database's name.
	 * @return the name
	 */
	String name() {
		return this.name;
	}

	/**
	 * Return the JDBC URL of the scratch database: the administrative URL with its
	 * database replaced, parameters kept.
	 * @return the URL
	 */
	String url() {
		String url = this.adminUrl;
		int hostStart = url.indexOf("//") + 2;
		int queryStart = url.indexOf('?', hostStart);
		int end = (queryStart >= 0) ? queryStart : url.length();
		int pathStart = url.indexOf('/', hostStart);
		String prefix = url.substring(0, (pathStart >= 0 && pathStart < end) ? pathStart : end);
		return prefix + "/" + this.name + url.substring(end);
	}

	/**
	 * Return the user and password the administrative URL names as parameters, which take
	 * precedence over the application's {@code spring.datasource.username} and
	 * {@code password}.
	 * @return the parameters, by name ({@code user}, {@code password})
	 */
	Map<String, String> credentials() {
		Map<String, String> credentials = new LinkedHashMap<>();
		int queryStart = this.adminUrl.indexOf('?');
		if (queryStart < 0) {
			return credentials;
		}
		for (String parameter : this.adminUrl.substring(queryStart + 1).split("&")) {
			int equals = parameter.indexOf('=');
			String key = (equals >= 0) ? parameter.substring(0, equals) : parameter;
			if (key.equals("user") || key.equals("password")) {
				credentials.put(key, (equals >= 0) ? parameter.substring(equals + 1) : "");
			}
		}
		return credentials;
	}

	/**
	 * Drop the database, whatever connections are still open to it.
	 */
	void drop() {
		admin(this.server.drop(this.name), "drop");
	}

	private void admin(String sql, String action) {
		try (Connection connection = DriverManager.getConnection(this.adminUrl);
				Statement statement = connection.createStatement()) {
			statement.execute(sql);
		}
		catch (SQLException ex) {
			throw new IllegalStateException("Could not " + action + " the scratch database " + this.name + " at "
					+ masked(this.adminUrl) + ": " + ex.getMessage() + ". The URL of @MigratedSchemaTest(databaseUrl)"
					+ " or startup-guard.test.database-url must reach a running server, with a user that may create"
					+ " and drop databases, and the application's JDBC driver must be on the test classpath.", ex);
		}
	}

	/**
	 * Return a URL with its password left out, for messages.
	 * @param url the URL
	 * @return the URL without its password
	 */
	static String masked(String url) {
		return url.replaceAll("(?i)(password=)[^&;]*", "$1***");
	}

	/**
	 * The kinds of server a scratch database can be created on.
	 */
	private enum Server {

		POSTGRESQL {

			@Override
			String drop(String name) {
				// PostgreSQL 13+: ends the connections a pool may still hold
				return "DROP DATABASE IF EXISTS " + name + " WITH (FORCE)";
			}

		},

		MYSQL {

			@Override
			String drop(String name) {
				return "DROP DATABASE IF EXISTS " + name;
			}

		};

		abstract String drop(String name);

		static Server of(String url) {
			Server server = serverOf(url.toLowerCase(Locale.ROOT));
			if (server == null || !url.contains("//")) {
				throw new IllegalStateException("@MigratedSchemaTest cannot create a scratch database at " + masked(url)
						+ ": the URL must be a PostgreSQL, MariaDB or MySQL JDBC URL with a host, such"
						+ " as jdbc:postgresql://localhost:5432/postgres?user=postgres. For another database, leave"
						+ " databaseUrl empty and let the test's own data source (such as a Testcontainers"
						+ " @ServiceConnection) provide a fresh one.");
			}
			return server;
		}

		private static @Nullable Server serverOf(String url) {
			if (url.startsWith("jdbc:postgresql:")) {
				return POSTGRESQL;
			}
			if (url.startsWith("jdbc:mariadb:") || url.startsWith("jdbc:mysql:")) {
				return MYSQL;
			}
			return null;
		}

	}

}

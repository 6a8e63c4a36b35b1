package dev.startupguard.e2e;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;

import dev.startupguard.testdb.TestDatabase;

/**
 * Watches, at the database, what the application's connections do: PostgreSQL's
 * {@code pg_stat_activity} shows when each client backend of the database last began or
 * ended a statement, and when it connected, as soon as it happens. A window with no
 * backend changing state and none connecting is a window without a single statement.
 */
final class DatabaseActivity implements AutoCloseable {

	private final Connection connection;

	private final String database;

	// the server's own clock, as text, so that no time zone or precision is lost on the
	// way
	private String since;

	private DatabaseActivity(TestDatabase database) throws SQLException {
		this.connection = database.dataSource().getConnection();
		this.database = database.name();
		this.since = now();
	}

	/**
	 * Start watching a database from now on.
	 * @param database the database
	 * @return the watch
	 */
	static DatabaseActivity watch(TestDatabase database) {
		try {
			return new DatabaseActivity(database);
		}
		catch (SQLException ex) {
			throw new IllegalStateException(ex);
		}
	}

	/**
	 * Start the window anew, now.
	 */
	void restart() {
		this.since = now();
	}

	/**
	 * Return how many client backends of the database, other than this watch's own, began
	 * or ended a statement or connected since the window started.
	 * @return the number of active backends
	 */
	int activeBackends() {
		String sql = """
				SELECT count(*) FROM pg_stat_activity
				WHERE datname = ? AND backend_type = 'client backend' AND pid <> pg_backend_pid()
				  AND (state_change >= ?::timestamptz OR backend_start >= ?::timestamptz OR state = 'active')""";
		try (PreparedStatement statement = this.connection.prepareStatement(sql)) {
			statement.setString(1, this.database);
			statement.setString(2, this.since);
			statement.setString(3, this.since);
			try (ResultSet result = statement.executeQuery()) {
				result.next();
				return result.getInt(1);
			}
		}
		catch (SQLException ex) {
			throw new IllegalStateException(ex);
		}
	}

	/**
	 * Return how many client backends of the database, other than this watch's own, are
	 * connected.
	 * @return the number of connections
	 */
	int connections() {
		String sql = """
				SELECT count(*) FROM pg_stat_activity
				WHERE datname = ? AND backend_type = 'client backend' AND pid <> pg_backend_pid()""";
		try (PreparedStatement statement = this.connection.prepareStatement(sql)) {
			statement.setString(1, this.database);
			try (ResultSet result = statement.executeQuery()) {
				result.next();
				return result.getInt(1);
			}
		}
		catch (SQLException ex) {
			throw new IllegalStateException(ex);
		}
	}

	private String now() {
		try (PreparedStatement statement = this.connection.prepareStatement("SELECT clock_timestamp()::text");
				ResultSet result = statement.executeQuery()) {
			result.next();
			return result.getString(1);
		}
		catch (SQLException ex) {
			throw new IllegalStateException(ex);
		}
	}

	@Override
	public void close() {
		try {
			this.connection.close();
		}
		catch (SQLException ex) {
			throw new IllegalStateException(ex);
		}
	}

}

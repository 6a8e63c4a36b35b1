package dev.startupguard.schema.live;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.Collections;
import java.util.List;

/**
 * Runs catalog queries on one connection, each with the check's timeout.
 *
 * @author Startup Guard contributors
 */
final class CatalogQueries {

	private final Connection connection;

	private final int timeoutSeconds;

	CatalogQueries(Connection connection, Duration timeout) {
		this.connection = connection;
		this.timeoutSeconds = (int) Math.max(1, Math.min(Integer.MAX_VALUE, timeout.toSeconds()));
	}

	Connection connection() {
		return this.connection;
	}

	/**
	 * Run a query and hand each row to the callback.
	 * @param sql the query, with {@code ?} placeholders
	 * @param parameters the placeholder values, in order
	 * @param rows the callback for each row
	 * @throws SQLException if the query fails or times out
	 */
	void query(String sql, List<?> parameters, RowCallback rows) throws SQLException {
		try (PreparedStatement statement = this.connection.prepareStatement(sql)) {
			statement.setQueryTimeout(this.timeoutSeconds);
			for (int i = 0; i < parameters.size(); i++) {
				statement.setObject(i + 1, parameters.get(i));
			}
			try (ResultSet resultSet = statement.executeQuery()) {
				while (resultSet.next()) {
					rows.row(resultSet);
				}
			}
		}
	}

	/**
	 * Return a parenthesised list of {@code count} placeholders, for {@code IN} clauses.
	 * @param count the number of placeholders
	 * @return the list, such as {@code (?, ?)}
	 */
	static String placeholders(int count) {
		return "(" + String.join(", ", Collections.nCopies(count, "?")) + ")";
	}

	/**
	 * Callback for one row of a catalog query.
	 */
	@FunctionalInterface
	interface RowCallback {

		void row(ResultSet row) throws SQLException;

	}

}

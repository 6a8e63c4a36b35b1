package dev.startupguard.schema.live;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.SQLTimeoutException;
import java.time.Duration;
import java.util.Collections;
import java.util.List;

/**
 * Runs catalog queries on one connection, each with the time left before the check's
 * {@link CheckDeadline}.
 *
 * @author Startup Guard contributors
 */
final class CatalogQueries {

	private final Connection connection;

	private final CheckDeadline deadline;

	CatalogQueries(Connection connection, CheckDeadline deadline) {
		this.connection = connection;
		this.deadline = deadline;
	}

	CatalogQueries(Connection connection, Duration timeout) {
		this(connection, CheckDeadline.in(timeout));
	}

	Connection connection() {
		return this.connection;
	}

	/**
	 * Run a query and hand each row to the callback.
	 * @param sql the query, with {@code ?} placeholders
	 * @param parameters the placeholder values, in order
	 * @param rows the callback for each row
	 * @throws SQLException if the query fails or times out, or the deadline has passed
	 */
	void query(String sql, List<?> parameters, RowCallback rows) throws SQLException {
		Duration remaining = this.deadline.remaining();
		if (remaining.isNegative() || remaining.isZero()) {
			throw new SQLTimeoutException("The check did not finish within its timeout of "
					+ this.deadline.timeout().toMillis() + " ms (startup-guard.check-timeout)");
		}
		try (PreparedStatement statement = this.connection.prepareStatement(sql)) {
			// JDBC counts in whole seconds: less than one left still gets one, and
			// whoever waits for the check bounds it to the deadline itself
			statement.setQueryTimeout((int) Math.max(1, Math.min(Integer.MAX_VALUE, remaining.toSeconds())));
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

package dev.startupguard.schema.live;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.UUID;

import com.zaxxer.hikari.HikariConfig;
import org.postgresql.core.BaseConnection;
import org.postgresql.core.TransactionState;

import dev.startupguard.testdb.TestDatabase;

/**
 * {@link ConnectionConfigurationsIntegrationTests} on PostgreSQL.
 */
class PostgresConnectionConfigurationsIntegrationTests extends ConnectionConfigurationsIntegrationTests {

	@Override
	TestDatabase createDatabase(String purpose) {
		return TestDatabase.postgres(purpose);
	}

	@Override
	boolean inTransaction(Connection connection) throws SQLException {
		return connection.unwrap(BaseConnection.class).getTransactionState() != TransactionState.IDLE;
	}

	@Override
	Session session(Connection connection) throws SQLException {
		try (Statement statement = connection.createStatement();
				ResultSet result = statement.executeQuery("SELECT pg_backend_pid(),"
						+ " current_setting('default_transaction_read_only'),"
						+ " current_setting('default_transaction_isolation'), current_setting('application_name')")) {
			result.next();
			return new Session(result.getString(1), result.getString(2).equals("on"), result.getString(3),
					result.getString(4));
		}
	}

	@Override
	String initSql() {
		return "SET application_name = 'sg_init'";
	}

	@Override
	AutoCloseable readOnlyOnTheServer(TestDatabase database, HikariConfig config) {
		String role = "sg_readonly_" + UUID.randomUUID().toString().substring(0, 8);
		database.execute("CREATE ROLE " + role + " LOGIN",
				"ALTER ROLE " + role + " SET default_transaction_read_only = on");
		config.setJdbcUrl(config.getJdbcUrl().replaceAll("user=[^&]*", "user=" + role));
		return () -> database.execute("DROP ROLE " + role);
	}

}

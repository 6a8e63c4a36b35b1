package dev.startupguard.schema.live;

import java.sql.Connection;

import com.zaxxer.hikari.HikariConfig;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;

import dev.startupguard.testdb.TestDatabase;

/**
 * {@link ConnectionConfigurationsIntegrationTests} on MariaDB.
 */
class MariaDbConnectionConfigurationsIntegrationTests extends ConnectionConfigurationsIntegrationTests {

	@Override
	TestDatabase createDatabase(String purpose) {
		return TestDatabase.mariadb(purpose);
	}

	@Override
	boolean inTransaction(Connection connection) {
		return jdbc(connection).queryForObject("SELECT @@in_transaction", Integer.class) != 0;
	}

	@Override
	Session session(Connection connection) {
		return jdbc(connection).queryForObject(
				"SELECT CONNECTION_ID(), @@session.tx_read_only, @@session.tx_isolation, @sg_marker",
				(row, number) -> new Session(row.getString(1), row.getBoolean(2), row.getString(3), row.getString(4)));
	}

	private static JdbcTemplate jdbc(Connection connection) {
		return new JdbcTemplate(new SingleConnectionDataSource(connection, true));
	}

	@Override
	String initSql() {
		return "SET @sg_marker = 'sg_init'";
	}

	@Override
	AutoCloseable readOnlyOnTheServer(TestDatabase database, HikariConfig config) {
		config.setConnectionInitSql("SET SESSION TRANSACTION READ ONLY");
		return () -> {
		};
	}

}

package dev.startupguard.check;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import javax.sql.DataSource;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import dev.startupguard.testdb.LeastPrivilegeUser;
import dev.startupguard.testdb.TestDatabase;
import dev.startupguard.zoo.LeastPrivilegeZoo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The guard never writes: the whole drift check of the type zoo, run as a least-privilege
 * user, moves none of the database's write or DDL counters and leaves no session or lock
 * behind.
 */
class NeverWritesIntegrationTests {

	private LeastPrivilegeZoo zoo;

	@AfterEach
	void close() {
		this.zoo.close();
	}

	@Test
	void postgresCheckCommitsNothingAndWritesNoRow() throws SQLException {
		this.zoo = LeastPrivilegeZoo.create(TestDatabase.postgres("neverwrites"), LeastPrivilegeUser::readOnlyReader);
		// a monitor that never commits, so that its own reads count as no commit
		try (Connection monitor = this.zoo.database().dataSource().getConnection()) {
			monitor.setAutoCommit(false);
			Map<String, Long> before = settledPostgresCounters(monitor);
			// the server commits a transaction of its own for each login: a session that
			// does nothing shows what any session costs
			this.zoo.user().dataSource().getConnection().close();
			awaitNoSessionOf(monitor);
			Map<String, Long> afterLogin = settledPostgresCounters(monitor);
			assertThat(UnitChecks.run("zoo", this.zoo.user().dataSource(), this.zoo.expected()).findings().toList())
				.isEmpty();
			awaitNoSessionOf(monitor);
			Map<String, Long> afterCheck = settledPostgresCounters(monitor);
			assertThat(difference(afterCheck, afterLogin)).as("what the check's session moved, beyond a login")
				.isEqualTo(difference(afterLogin, before));
			assertThat(difference(afterCheck, afterLogin)).as("rows the check's session wrote")
				.containsEntry("tup_inserted", 0L)
				.containsEntry("tup_updated", 0L)
				.containsEntry("tup_deleted", 0L)
				.containsEntry("user_tables.n_tup_ins", 0L)
				.containsEntry("user_tables.n_tup_upd", 0L)
				.containsEntry("user_tables.n_tup_del", 0L)
				.containsEntry("user_tables", 0L);
			assertThat(count(monitor, "SELECT count(*) FROM pg_locks l JOIN pg_stat_activity a ON a.pid = l.pid"
					+ " WHERE a.usename = '" + this.zoo.user().name() + "'"))
				.isZero();
			// the counters see a write: one row by another session moves them
			this.zoo.database().execute("INSERT INTO keeper_skill (keeper_id, skill) SELECT id, 'feeding' FROM keeper");
			this.zoo.database().execute("CREATE TABLE written_by_the_test (id int)");
			await().atMost(Duration.ofSeconds(30)).until(() -> !postgresCounters(monitor).equals(afterCheck));
			monitor.rollback();
		}
	}

	@Test
	void mariaDbCheckRunsNoWriteOrDdlStatementInItsSession() {
		this.zoo = LeastPrivilegeZoo.create(TestDatabase.mariadb("neverwrites"));
		List<Map<String, Long>> sessions = new ArrayList<>();
		DataSource counting = sessionStatusOnClose(this.zoo.user().dataSource(), sessions);
		assertThat(UnitChecks.run("zoo", counting, this.zoo.expected()).findings().toList()).isEmpty();
		assertThat(sessions).singleElement().satisfies((status) -> {
			assertThat(status).as("statements of the check's session").containsKey("Com_select");
			assertThat(status.keySet()).as("write and DDL statements of the check's session")
				.noneMatch((name) -> name.matches("(?i)com_(insert|update|delete|replace|create|alter|drop|truncate"
						+ "|rename|lock|commit|grant|revoke|load|xa|purge|flush|optimize|repair).*"));
		});
		assertThat(count(
				"SELECT count(*) FROM information_schema.PROCESSLIST WHERE USER = '" + this.zoo.user().name() + "'"))
			.as("sessions of the check's user")
			.isZero();
	}

	private void awaitNoSessionOf(Connection monitor) {
		await().atMost(Duration.ofSeconds(30))
			.until(() -> count(monitor,
					"SELECT count(*) FROM pg_stat_activity WHERE usename = '" + this.zoo.user().name() + "'") == 0);
	}

	private static Map<String, Long> difference(Map<String, Long> after, Map<String, Long> before) {
		Map<String, Long> difference = new TreeMap<>();
		after.forEach((name, value) -> difference.put(name, value - before.get(name)));
		return difference;
	}

	/**
	 * Read the database's counters once every earlier session's statistics have reached
	 * them: twice the same in a row.
	 */
	private static Map<String, Long> settledPostgresCounters(Connection monitor) throws SQLException {
		List<Map<String, Long>> last = new ArrayList<>(List.of(postgresCounters(monitor)));
		await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofSeconds(1)).until(() -> {
			Map<String, Long> now = postgresCounters(monitor);
			boolean settled = now.equals(last.get(0));
			last.set(0, now);
			return settled;
		});
		return last.get(0);
	}

	private static Map<String, Long> postgresCounters(Connection monitor) throws SQLException {
		Map<String, Long> counters = new TreeMap<>();
		try (Statement statement = monitor.createStatement()) {
			statement.execute("SELECT pg_stat_clear_snapshot()");
			try (ResultSet row = statement.executeQuery("SELECT xact_commit, tup_inserted, tup_updated, tup_deleted"
					+ " FROM pg_stat_database WHERE datname = current_database()")) {
				row.next();
				for (String name : List.of("xact_commit", "tup_inserted", "tup_updated", "tup_deleted")) {
					counters.put(name, row.getLong(name));
				}
			}
			try (ResultSet row = statement
				.executeQuery("SELECT coalesce(sum(n_tup_ins), 0), coalesce(sum(n_tup_upd), 0),"
						+ " coalesce(sum(n_tup_del), 0), count(*) FROM pg_stat_user_tables")) {
				row.next();
				counters.put("user_tables.n_tup_ins", row.getLong(1));
				counters.put("user_tables.n_tup_upd", row.getLong(2));
				counters.put("user_tables.n_tup_del", row.getLong(3));
				counters.put("user_tables", row.getLong(4));
			}
		}
		return counters;
	}

	/**
	 * Wrap a MariaDB data source so that each connection records the non-zero command
	 * counters of its own session ({@code SHOW SESSION STATUS}) just before it closes:
	 * counted per session, unlike the global ones, which move with every other session.
	 */
	private static DataSource sessionStatusOnClose(DataSource dataSource, List<Map<String, Long>> sessions) {
		return (DataSource) Proxy.newProxyInstance(NeverWritesIntegrationTests.class.getClassLoader(),
				new Class<?>[] { DataSource.class }, (proxy, method, args) -> {
					Object result = invoke(dataSource, method, args);
					if (!(result instanceof Connection connection)) {
						return result;
					}
					return Proxy.newProxyInstance(NeverWritesIntegrationTests.class.getClassLoader(),
							new Class<?>[] { Connection.class },
							(connectionProxy, connectionMethod, connectionArgs) -> {
								if (connectionMethod.getName().equals("close")) {
									sessions.add(sessionStatus(connection));
								}
								return invoke(connection, connectionMethod, connectionArgs);
							});
				});
	}

	private static Map<String, Long> sessionStatus(Connection connection) throws SQLException {
		Map<String, Long> status = new TreeMap<>();
		try (Statement statement = connection.createStatement();
				ResultSet rows = statement.executeQuery("SHOW SESSION STATUS LIKE 'Com\\_%'")) {
			while (rows.next()) {
				long value = rows.getLong(2);
				if (value != 0) {
					status.put(rows.getString(1), value);
				}
			}
		}
		return status;
	}

	private static Object invoke(Object target, java.lang.reflect.Method method, Object[] args) throws Throwable {
		try {
			return method.invoke(target, args);
		}
		catch (InvocationTargetException ex) {
			throw ex.getCause();
		}
	}

	private static long count(Connection connection, String sql) throws SQLException {
		try (Statement statement = connection.createStatement(); ResultSet row = statement.executeQuery(sql)) {
			row.next();
			return row.getLong(1);
		}
	}

	private long count(String sql) {
		try (Connection connection = this.zoo.database().dataSource().getConnection()) {
			return count(connection, sql);
		}
		catch (SQLException ex) {
			throw new IllegalStateException(ex);
		}
	}

}

package dev.startupguard.startup;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.List;

import com.zaxxer.hikari.HikariDataSource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import dev.startupguard.check.ReportMaker;
import dev.startupguard.check.UnitChecks;
import dev.startupguard.report.CheckObserver;
import dev.startupguard.report.DriftAction;
import dev.startupguard.report.Finding;
import dev.startupguard.report.FindingKind;
import dev.startupguard.report.FindingRules;
import dev.startupguard.report.GuardReport;
import dev.startupguard.report.Severity;
import dev.startupguard.report.StartDecision;
import dev.startupguard.report.SubjectReport;
import dev.startupguard.schema.DatabaseFamily;
import dev.startupguard.testdb.LeastPrivilegeUser;
import dev.startupguard.testdb.TestDatabase;
import dev.startupguard.zoo.LeastPrivilegeZoo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Integration tests for {@code startup-guard.check-timeout} on real databases: the start
 * waits no longer than the timeout for a subject's check, a check meets a table locked by
 * a long migration without waiting past its timeout or blocking the migration, and no
 * lock of the check's is left behind.
 */
class CheckTimeoutIntegrationTests {

	private static final Duration TIMEOUT = Duration.ofSeconds(3);

	// scheduling on a busy machine, never the time a database or a pool would wait
	private static final Duration MARGIN = Duration.ofSeconds(3);

	private LeastPrivilegeZoo zoo;

	@AfterEach
	void close() {
		this.zoo.close();
	}

	@Test
	void startWaitsNoLongerThanTheTimeoutForAConnectionFromABusyPool() throws SQLException {
		this.zoo = LeastPrivilegeZoo.create(TestDatabase.postgres("timeoutpool"));
		ReportStore store = new ReportStore();
		SubjectChecks checks = new SubjectChecks(new ReportMaker(FindingRules.NONE, CheckObserver.NONE), store,
				new StartDecision(DriftAction.WARN, Severity.ERROR, DriftAction.WARN), TIMEOUT);
		try (HikariDataSource pool = new HikariDataSource()) {
			pool.setDataSource(this.zoo.user().dataSource());
			pool.setMaximumPoolSize(1);
			pool.setConnectionTimeout(Duration.ofSeconds(60).toMillis());
			Connection busy = pool.getConnection();
			long start = System.nanoTime();
			checks.start(UnitChecks.check("zoo", pool, this.zoo.expected(), TIMEOUT));
			checks.afterSingletonsInstantiated();
			assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(TIMEOUT.plus(MARGIN));
			GuardReport timedOut = store.get();
			assertThat(onlyFinding(timedOut.subjects().get(0))).satisfies((finding) -> {
				assertThat(finding.kind()).isEqualTo(FindingKind.CHECK_ERROR);
				assertThat(finding.message()).contains("did not finish within startup-guard.check-timeout");
			});
			busy.close();
			// the abandoned check gets the connection now, reads, and hands it back
			await().atMost(Duration.ofSeconds(30))
				.until(() -> pool.getHikariPoolMXBean().getActiveConnections() == 0
						&& pool.getHikariPoolMXBean().getIdleConnections() == 1 && backendsOf(this.zoo.user()) <= 1);
			assertThat(store.get()).as("the late check's result is dropped").isSameAs(timedOut);
			GuardReport recovered = new Rechecks(checks, new ReportMaker(FindingRules.NONE, CheckObserver.NONE), store)
				.recheck();
			assertThat(recovered.subjects().get(0).findings().toList()).isEmpty();
		}
		finally {
			checks.destroy();
		}
	}

	@Test
	void postgresTableLockedByAMigrationNeitherHoldsTheCheckNorIsBlockedByIt() throws SQLException {
		this.zoo = LeastPrivilegeZoo.create(TestDatabase.postgres("timeoutpglock"));
		try (Connection migration = this.zoo.database().dataSource().getConnection()) {
			migration.setAutoCommit(false);
			execute(migration, "LOCK TABLE animal IN ACCESS EXCLUSIVE MODE");
			SubjectReport report = checkWithinTimeout();
			// pg_catalog is read without a lock on the tables it describes
			assertThat(report.findings().toList()).isEmpty();
			execute(migration, "SET LOCAL lock_timeout = '1s'", "ALTER TABLE animal ADD COLUMN migrated int");
			assertThat(postgresLocksOf(this.zoo.user())).as("locks of the check's role").isZero();
			migration.rollback();
		}
	}

	@Test
	void postgresCatalogLockedByAMigrationEndsTheCheckWithinItsTimeout() throws SQLException {
		this.zoo = LeastPrivilegeZoo.create(TestDatabase.postgres("timeoutpgcatalog"));
		try (Connection migration = this.zoo.database().dataSource().getConnection()) {
			migration.setAutoCommit(false);
			execute(migration, "LOCK TABLE pg_catalog.pg_constraint IN ACCESS EXCLUSIVE MODE");
			SubjectReport report = checkWithinTimeout();
			assertThat(onlyFinding(report)).satisfies((finding) -> {
				assertThat(finding.kind()).isEqualTo(FindingKind.CHECK_ERROR);
				assertThat(finding.message()).containsAnyOf("canceling statement", "did not finish");
			});
			assertThat(postgresLocksOf(this.zoo.user())).as("locks of the check's role").isZero();
			assertThat(backendsOf(this.zoo.user())).as("sessions of the check's role").isZero();
			migration.rollback();
		}
	}

	@Test
	void mariaDbSequenceLockedByAnotherSessionEndsTheCheckWithinItsTimeout() throws SQLException {
		this.zoo = LeastPrivilegeZoo.create(TestDatabase.mariadb("timeoutmarialock"));
		try (Connection migration = this.zoo.database().dataSource().getConnection()) {
			// MariaDB 10.11 reads sequence increments from the sequences themselves
			execute(migration, "LOCK TABLES animal_seq WRITE, animal WRITE");
			SubjectReport report = checkWithinTimeout();
			assertThat(onlyFinding(report)).satisfies((finding) -> {
				assertThat(finding.kind()).isEqualTo(FindingKind.CHECK_ERROR);
				assertThat(finding.message()).contains("max_statement_time");
			});
			execute(migration, "ALTER TABLE animal ADD COLUMN migrated int", "UNLOCK TABLES");
			assertThat(backendsOf(this.zoo.user())).as("sessions of the check's user").isZero();
		}
		try (Connection other = this.zoo.database().dataSource().getConnection()) {
			// an exclusive metadata lock, granted at once only if the check holds none
			execute(other, "SET SESSION lock_wait_timeout = 1", "ALTER TABLE animal DROP COLUMN migrated",
					"ALTER SEQUENCE animal_seq RESTART WITH 1000");
		}
	}

	private SubjectReport checkWithinTimeout() {
		long start = System.nanoTime();
		SubjectReport report = UnitChecks.check("zoo", this.zoo.user().dataSource(), this.zoo.expected(), TIMEOUT)
			.run();
		assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(TIMEOUT.plus(MARGIN));
		return report;
	}

	private static Finding onlyFinding(SubjectReport report) {
		List<Finding> findings = report.findings().toList();
		assertThat(findings).hasSize(1);
		return findings.get(0);
	}

	private int postgresLocksOf(LeastPrivilegeUser user) {
		return count("SELECT count(*) FROM pg_locks l JOIN pg_stat_activity a ON a.pid = l.pid WHERE a.usename = '"
				+ user.name() + "'");
	}

	private int backendsOf(LeastPrivilegeUser user) {
		String sql = (this.zoo.database().family() == DatabaseFamily.POSTGRESQL)
				? "SELECT count(*) FROM pg_stat_activity WHERE usename = '" + user.name() + "'"
				: "SELECT count(*) FROM information_schema.PROCESSLIST WHERE USER = '" + user.name() + "'";
		return count(sql);
	}

	private int count(String sql) {
		try (Connection connection = this.zoo.database().dataSource().getConnection();
				Statement statement = connection.createStatement();
				ResultSet result = statement.executeQuery(sql)) {
			result.next();
			return result.getInt(1);
		}
		catch (SQLException ex) {
			throw new IllegalStateException(ex);
		}
	}

	private static void execute(Connection connection, String... statements) throws SQLException {
		try (Statement statement = connection.createStatement()) {
			for (String sql : statements) {
				statement.execute(sql);
			}
		}
	}

}

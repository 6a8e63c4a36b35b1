package dev.startupguard.schema.live;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Map;
import java.util.function.Consumer;

import javax.sql.DataSource;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import org.hibernate.boot.Metadata;
import org.hibernate.boot.MetadataSources;
import org.hibernate.boot.model.naming.CamelCaseToUnderscoresNamingStrategy;
import org.hibernate.boot.registry.StandardServiceRegistry;
import org.hibernate.boot.registry.StandardServiceRegistryBuilder;
import org.hibernate.cfg.AvailableSettings;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestInstance.Lifecycle;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.jdbc.datasource.DelegatingDataSource;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;
import org.springframework.jdbc.datasource.TransactionAwareDataSourceProxy;
import org.springframework.jdbc.datasource.lookup.AbstractRoutingDataSource;
import org.springframework.transaction.support.TransactionTemplate;

import dev.startupguard.check.UnitChecks;
import dev.startupguard.report.FindingKind;
import dev.startupguard.report.SubjectReport;
import dev.startupguard.schema.expected.HibernateExpectedSchema;
import dev.startupguard.startup.app.Customer;
import dev.startupguard.testdb.TestDatabase;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The drift check on every common connection configuration, through real Hikari pools and
 * Spring's proxies: it runs (the one known drift is found, no {@code CHECK_ERROR}) and
 * hands the connection back as it found it. Run on every server database by a subclass.
 */
@TestInstance(Lifecycle.PER_CLASS)
abstract class ConnectionConfigurationsIntegrationTests {

	private static final ThreadLocal<String> ROUTE = new ThreadLocal<>();

	private TestDatabase database;

	private TestDatabase clean;

	private StandardServiceRegistry registry;

	private Metadata metadata;

	abstract TestDatabase createDatabase(String purpose);

	/**
	 * Whether a transaction is open on the server, asked without starting one.
	 */
	abstract boolean inTransaction(Connection connection) throws SQLException;

	/**
	 * What the server holds for the session: its id, read-only mode, isolation and the
	 * value {@link #initSql()} sets.
	 */
	abstract Session session(Connection connection) throws SQLException;

	/**
	 * A statement for {@code connection-init-sql} that sets what {@link Session#marker()}
	 * reads to {@code sg_init}.
	 */
	abstract String initSql();

	/**
	 * Make the pool's sessions read-only on the server, as a read-only role or session
	 * setting does, and return what undoes it.
	 */
	abstract AutoCloseable readOnlyOnTheServer(TestDatabase database, HikariConfig config);

	@BeforeAll
	void createDatabases() {
		this.database = createDatabase("connections");
		this.clean = createDatabase("routed");
		this.clean.execute("CREATE TABLE customer (id bigint PRIMARY KEY, name varchar(80) NOT NULL,"
				+ " loyalty_tier varchar(20))");
		this.registry = new StandardServiceRegistryBuilder()
			.applySetting(AvailableSettings.JAKARTA_NON_JTA_DATASOURCE, this.database.dataSource())
			// the column names of a Spring Boot application
			.applySetting(AvailableSettings.PHYSICAL_NAMING_STRATEGY, CamelCaseToUnderscoresNamingStrategy.class)
			.build();
		this.metadata = new MetadataSources(this.registry).addAnnotatedClass(Customer.class).buildMetadata();
	}

	@AfterAll
	void dropDatabases() {
		StandardServiceRegistryBuilder.destroy(this.registry);
		this.database.close();
		this.clean.close();
	}

	@BeforeEach
	void createDriftedSchema() {
		this.database.execute("DROP TABLE IF EXISTS customer",
				"CREATE TABLE customer (id bigint PRIMARY KEY, name varchar(80) NOT NULL)");
	}

	@Test
	void autoCommitOffOnThePool() throws Exception {
		Observed observed = checkThroughPool((config) -> config.setAutoCommit(false));
		assertThat(observed.handedOut().autoCommit()).isFalse();
	}

	@Test
	void readOnlyPool() throws Exception {
		Observed observed = checkThroughPool((config) -> config.setReadOnly(true));
		assertThat(observed.handedOut().readOnly()).isTrue();
	}

	@Test
	void readOnlyPoolWithAutoCommitOff() throws Exception {
		Observed observed = checkThroughPool((config) -> {
			config.setReadOnly(true);
			config.setAutoCommit(false);
		});
		assertThat(observed.handedOut().readOnly()).isTrue();
	}

	@Test
	void isolationOnThePool() throws Exception {
		Observed observed = checkThroughPool((config) -> config.setTransactionIsolation("TRANSACTION_SERIALIZABLE"));
		assertThat(observed.handedOut().isolation()).isEqualTo(Connection.TRANSACTION_SERIALIZABLE);
	}

	@Test
	void connectionInitSql() throws Exception {
		try (HikariDataSource pool = pool((config) -> config.setConnectionInitSql(initSql()))) {
			Session before = session(pool);
			assertThat(before.marker()).isEqualTo("sg_init");
			assertCheckedAndHandedBack(pool);
			assertThat(session(pool)).isEqualTo(before);
		}
	}

	@Test
	void readOnlyDatabaseSession() throws Exception {
		HikariConfig config = poolConfig();
		try (AutoCloseable undo = readOnlyOnTheServer(this.database, config)) {
			try (HikariDataSource pool = new HikariDataSource(config)) {
				Session before = session(pool);
				assertThat(before.readOnly()).isTrue();
				assertCheckedAndHandedBack(pool);
				assertThat(session(pool)).isEqualTo(before);
			}
		}
	}

	@Test
	void connectionHandedOutInsideATransaction() throws Exception {
		try (HikariDataSource pool = pool((config) -> config.setAutoCommit(false));
				Connection connection = pool.getConnection()) {
			execute(connection, "INSERT INTO customer (id, name) VALUES (1, 'written before the check')");
			Observed observed = assertCheckedAndHandedBack(new SingleConnectionDataSource(connection, true));
			assertThat(observed.handedOut().inTransaction()).isTrue();
			assertTransactionGoesOnUncommitted(connection);
			connection.rollback();
		}
	}

	@Test
	void transactionAwareDataSourceProxy() throws Exception {
		try (HikariDataSource pool = pool((config) -> config.setAutoCommit(false))) {
			Session before = session(pool);
			assertCheckedAndHandedBack(new TransactionAwareDataSourceProxy(pool));
			assertThat(session(pool)).isEqualTo(before);
		}
	}

	@Test
	void transactionAwareDataSourceProxyInsideASpringTransaction() throws Exception {
		try (HikariDataSource pool = pool((config) -> {
		})) {
			TransactionAwareDataSourceProxy proxy = new TransactionAwareDataSourceProxy(pool);
			new TransactionTemplate(new DataSourceTransactionManager(pool)).executeWithoutResult((status) -> {
				new JdbcTemplate(proxy)
					.update("INSERT INTO customer (id, name) VALUES (1, 'written before the check')");
				try (Connection connection = proxy.getConnection()) {
					Observed observed = assertCheckedAndHandedBack(proxy);
					assertThat(observed.handedOut().inTransaction()).isTrue();
					assertTransactionGoesOnUncommitted(connection);
				}
				catch (Exception ex) {
					throw new IllegalStateException(ex);
				}
				status.setRollbackOnly();
			});
		}
	}

	@Test
	void routingDataSourceWithoutLookupKeyChecksTheDefaultTarget() throws Exception {
		try (HikariDataSource pool = pool((config) -> config.setAutoCommit(false));
				HikariDataSource routed = pool((config) -> config.setJdbcUrl(this.clean.url()))) {
			DataSource routing = routing(Map.of("routed", routed), pool);
			Session before = session(pool);
			assertCheckedAndHandedBack(routing);
			assertThat(session(pool)).isEqualTo(before);
			ROUTE.set("routed");
			try {
				assertThat(check(routing).findings().toList()).isEmpty();
			}
			finally {
				ROUTE.remove();
			}
		}
	}

	@Test
	void routingDataSourceWithoutLookupKeyOrDefaultTargetIsACheckError() throws Exception {
		try (HikariDataSource pool = pool((config) -> {
		})) {
			DataSource routing = routing(Map.of("tenant", pool), null);
			assertThat(check(routing).findings().toList()).singleElement().satisfies((finding) -> {
				assertThat(finding.kind()).isEqualTo(FindingKind.CHECK_ERROR);
				assertThat(finding.message()).contains("lookup key [null]");
			});
		}
	}

	private static DataSource routing(Map<Object, Object> targets, @Nullable DataSource defaultTarget) {
		AbstractRoutingDataSource routing = new AbstractRoutingDataSource() {

			@Override
			protected Object determineCurrentLookupKey() {
				return ROUTE.get();
			}

		};
		routing.setTargetDataSources(targets);
		if (defaultTarget != null) {
			routing.setDefaultTargetDataSource(defaultTarget);
		}
		routing.afterPropertiesSet();
		return routing;
	}

	private Observed checkThroughPool(Consumer<HikariConfig> customizer) throws Exception {
		try (HikariDataSource pool = pool(customizer)) {
			Session before = session(pool);
			Observed observed = assertCheckedAndHandedBack(pool);
			// the pool has one connection: the same physical one, as the check left it
			assertThat(session(pool)).isEqualTo(before);
			return observed;
		}
	}

	private Observed assertCheckedAndHandedBack(DataSource dataSource) throws SQLException {
		Observed observed = new Observed(dataSource);
		SubjectReport report = check(observed);
		assertThat(report.findings().toList()).singleElement().satisfies((finding) -> {
			assertThat(finding.kind()).isEqualTo(FindingKind.MISSING_COLUMN);
			assertThat(finding.column()).isEqualToIgnoringCase("loyalty_tier");
		});
		assertThat(observed.handedBack()).isEqualTo(observed.handedOut());
		return observed;
	}

	private SubjectReport check(DataSource dataSource) {
		return UnitChecks.run("connections", dataSource, new HibernateExpectedSchema(this.metadata));
	}

	private void assertTransactionGoesOnUncommitted(Connection connection) throws SQLException {
		assertThat(inTransaction(connection)).isTrue();
		assertThat(count(connection)).isOne();
		// still writable, and not aborted by anything the check did
		execute(connection, "INSERT INTO customer (id, name) VALUES (2, 'written after the check')");
		assertThat(count(connection)).isEqualTo(2);
		try (Connection other = this.database.dataSource().getConnection()) {
			assertThat(count(other)).isZero();
		}
	}

	private static int count(Connection connection) throws SQLException {
		try (Statement statement = connection.createStatement();
				ResultSet result = statement.executeQuery("SELECT count(*) FROM customer")) {
			result.next();
			return result.getInt(1);
		}
	}

	private static void execute(Connection connection, String sql) throws SQLException {
		try (Statement statement = connection.createStatement()) {
			statement.execute(sql);
		}
	}

	private HikariDataSource pool(Consumer<HikariConfig> customizer) {
		HikariConfig config = poolConfig();
		customizer.accept(config);
		return new HikariDataSource(config);
	}

	private HikariConfig poolConfig() {
		HikariConfig config = new HikariConfig();
		config.setJdbcUrl(this.database.url());
		config.setMaximumPoolSize(1);
		return config;
	}

	/**
	 * What the server holds for a session of the pool, read on a connection borrowed for
	 * the purpose; a transaction the reading opened is rolled back.
	 */
	private Session session(DataSource pool) throws SQLException {
		try (Connection connection = pool.getConnection()) {
			Session session = session(connection);
			if (!connection.getAutoCommit()) {
				connection.rollback();
			}
			return session;
		}
	}

	/**
	 * What the server holds for one session.
	 *
	 * @param id the session's id on the server, the same for the same physical connection
	 * @param readOnly whether the session's transactions are read-only by default
	 * @param isolation the session's isolation level
	 * @param marker the value {@link #initSql()} sets
	 */
	record Session(String id, boolean readOnly, String isolation, String marker) {

	}

	/**
	 * The state of a connection as the JDBC driver and the server see it.
	 */
	record State(boolean autoCommit, boolean readOnly, int isolation, boolean inTransaction) {

	}

	/**
	 * A data source that notes the state of the connection it hands out, and again when
	 * the connection is closed, before the pool resets anything.
	 */
	private final class Observed extends DelegatingDataSource {

		private State handedOut;

		private State handedBack;

		Observed(DataSource dataSource) {
			super(dataSource);
		}

		@Override
		public Connection getConnection() throws SQLException {
			Connection connection = obtainTargetDataSource().getConnection();
			this.handedOut = state(connection);
			return (Connection) Proxy.newProxyInstance(getClass().getClassLoader(), new Class<?>[] { Connection.class },
					(proxy, method, arguments) -> {
						if (method.getName().equals("close")) {
							this.handedBack = state(connection);
						}
						try {
							return method.invoke(connection, arguments);
						}
						catch (InvocationTargetException ex) {
							throw ex.getTargetException();
						}
					});
		}

		private State state(Connection connection) throws SQLException {
			return new State(connection.getAutoCommit(), connection.isReadOnly(), connection.getTransactionIsolation(),
					inTransaction(connection));
		}

		State handedOut() {
			return this.handedOut;
		}

		State handedBack() {
			return this.handedBack;
		}

	}

}

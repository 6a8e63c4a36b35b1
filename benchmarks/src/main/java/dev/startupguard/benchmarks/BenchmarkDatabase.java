package dev.startupguard.benchmarks;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Objects;
import java.util.UUID;

import javax.sql.DataSource;

import org.h2.jdbcx.JdbcDataSource;
import org.mariadb.jdbc.MariaDbDataSource;
import org.postgresql.ds.PGSimpleDataSource;
import org.jspecify.annotations.Nullable;

/**
 * A scratch database named {@code sg_bench_<random>}: created on the PostgreSQL or
 * MariaDB server named by {@code STARTUP_GUARD_TEST_POSTGRES_URL} or
 * {@code STARTUP_GUARD_TEST_MARIADB_URL} (the local servers by default, as for the test
 * suite), or in memory for H2. Only a database this class created is ever dropped.
 *
 * @author Startup Guard contributors
 * @since 0.1.0
 */
public final class BenchmarkDatabase implements AutoCloseable {

	/**
	 * Database kinds, as the benchmark's {@code database} parameter names them.
	 */
	public static final String POSTGRESQL = "postgresql";

	/**
	 * MariaDB (or MySQL).
	 */
	public static final String MARIADB = "mariadb";

	/**
	 * H2 in memory.
	 */
	public static final String H2 = "h2";

	private final String kind;

	private final String name;

	private final @Nullable String adminUrl;

	private final boolean owned;

	private final @Nullable Connection keepAlive;

	private BenchmarkDatabase(String kind, String name, boolean owned) {
		this.kind = kind;
		this.name = name;
		this.owned = owned;
		this.adminUrl = adminUrl(kind);
		if (owned && isServer(kind)) {
			admin("CREATE DATABASE " + name);
		}
		// an in-memory H2 database lives as long as a connection to it
		this.keepAlive = H2.equals(kind) ? connect(url()) : null;
	}

	/**
	 * Create a fresh scratch database.
	 * @param kind {@link #POSTGRESQL}, {@link #MARIADB} or {@link #H2}
	 * @return the database, dropped again on {@link #close()}
	 */
	public static BenchmarkDatabase create(String kind) {
		return new BenchmarkDatabase(kind, "sg_bench_" + UUID.randomUUID().toString().substring(0, 8), true);
	}

	/**
	 * Use a scratch database that someone else created, and leave it alone on
	 * {@link #close()}.
	 * @param kind {@link #POSTGRESQL} or {@link #MARIADB}
	 * @param name the database's name
	 * @return the database
	 */
	public static BenchmarkDatabase attach(String kind, String name) {
		if (!isServer(kind) || !name.matches("sg_bench_[a-z0-9]+")) {
			throw new IllegalArgumentException("Not a benchmark database: " + kind + " " + name);
		}
		return new BenchmarkDatabase(kind, name, false);
	}

	/**
	 * Whether databases of the kind live on a server, rather than in the JVM.
	 * @param kind the kind
	 * @return whether the kind is a server's
	 */
	public static boolean isServer(String kind) {
		return switch (kind) {
			case POSTGRESQL, MARIADB -> true;
			case H2 -> false;
			default -> throw new IllegalArgumentException(
					"Unknown database '" + kind + "': use " + POSTGRESQL + ", " + MARIADB + " or " + H2);
		};
	}

	/**
	 * Return the kind of database.
	 * @return the kind
	 */
	public String kind() {
		return this.kind;
	}

	/**
	 * Return the database's name.
	 * @return the name
	 */
	public String name() {
		return this.name;
	}

	/**
	 * Return a data source that opens a new connection to the database each time.
	 * @return the data source
	 */
	public DataSource dataSource() {
		return switch (this.kind) {
			case POSTGRESQL -> {
				PGSimpleDataSource dataSource = new PGSimpleDataSource();
				dataSource.setURL(url());
				yield dataSource;
			}
			case MARIADB -> {
				try {
					yield new MariaDbDataSource(url());
				}
				catch (SQLException ex) {
					throw new IllegalStateException(ex);
				}
			}
			default -> {
				JdbcDataSource dataSource = new JdbcDataSource();
				dataSource.setURL(url());
				yield dataSource;
			}
		};
	}

	@Override
	public void close() {
		try {
			if (this.keepAlive != null) {
				this.keepAlive.close();
			}
		}
		catch (SQLException ex) {
			throw new IllegalStateException(ex);
		}
		if (this.owned && isServer(this.kind)) {
			admin(dropStatement());
		}
	}

	/**
	 * Drop a server database now, whoever created it: the end of a run whose processes
	 * shared a database that {@link #attach} names.
	 */
	public void drop() {
		if (isServer(this.kind)) {
			admin(dropStatement());
		}
	}

	/**
	 * Return the JDBC URL of the database, with the user of the administrative URL.
	 * @return the URL
	 */
	public String url() {
		return H2.equals(this.kind) ? "jdbc:h2:mem:" + this.name : withDatabase(serverUrl(), this.name);
	}

	private String dropStatement() {
		return POSTGRESQL.equals(this.kind) ? "DROP DATABASE IF EXISTS " + this.name + " WITH (FORCE)"
				: "DROP DATABASE IF EXISTS " + this.name;
	}

	private String serverUrl() {
		// only the server kinds have one, and only they get here
		return Objects.requireNonNull(this.adminUrl, () -> "No server URL for " + this.kind);
	}

	private static @Nullable String adminUrl(String kind) {
		return switch (kind) {
			case POSTGRESQL ->
				configured("STARTUP_GUARD_TEST_POSTGRES_URL", "jdbc:postgresql://127.0.0.1:5432/test?user=postgres");
			case MARIADB ->
				configured("STARTUP_GUARD_TEST_MARIADB_URL", "jdbc:mariadb://127.0.0.1:3306/test?user=root");
			default -> null;
		};
	}

	private static String configured(String variable, String defaultUrl) {
		String configured = System.getenv(variable);
		return (configured != null && !configured.isBlank()) ? configured : defaultUrl;
	}

	private static String withDatabase(String url, String database) {
		int hostStart = url.indexOf("//") + 2;
		int pathStart = url.indexOf('/', hostStart);
		int queryStart = url.indexOf('?', hostStart);
		String prefix = url.substring(0, (pathStart >= 0) ? pathStart : (queryStart >= 0) ? queryStart : url.length());
		String query = (queryStart >= 0) ? url.substring(queryStart) : "";
		return prefix + "/" + database + query;
	}

	private void admin(String sql) {
		try (Connection connection = connect(serverUrl()); Statement statement = connection.createStatement()) {
			statement.execute(sql);
		}
		catch (SQLException ex) {
			throw new IllegalStateException("'" + sql + "' failed on " + this.kind + ": " + ex.getMessage(), ex);
		}
	}

	private Connection connect(String url) {
		try {
			return DriverManager.getConnection(url);
		}
		catch (SQLException ex) {
			String variable = POSTGRESQL.equals(this.kind) ? "STARTUP_GUARD_TEST_POSTGRES_URL"
					: "STARTUP_GUARD_TEST_MARIADB_URL";
			// never print a password the URL may carry
			throw new IllegalStateException(
					this.kind + " did not answer at " + url.replaceAll("(?i)password=[^&;]*", "password=***") + " ("
							+ ex.getMessage() + "). Start it, or point " + variable + " at one.",
					ex);
		}
	}

}

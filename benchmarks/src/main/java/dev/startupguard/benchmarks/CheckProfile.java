package dev.startupguard.benchmarks;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

import org.hibernate.boot.Metadata;

/**
 * Where one drift check spends its time: the steps of
 * {@link dev.startupguard.check.PersistenceUnitCheck#run PersistenceUnitCheck.run}
 * (inspect, expected schema, live read, comparison) timed one by one, and the live read
 * broken down by catalog query. A diagnostic with a plain warm-up and mean, not a
 * benchmark: the JMH harness ({@link BenchmarkMain}) gives the numbers to quote; this
 * tells which part to look at.
 * <p>
 * Run with {@code java -cp benchmarks.jar dev.startupguard.benchmarks.CheckProfile
 * <database> <tables> [runs]}.
 *
 * @author Startup Guard contributors
 * @since 0.1.0
 */
public final class CheckProfile {

	private final Map<String, Long> steps = new LinkedHashMap<>();

	private final Map<String, Long> queries = new LinkedHashMap<>();

	private boolean recording;

	private CheckProfile() {
	}

	public static void main(String[] args) throws SQLException {
		if (args.length < 2) {
			System.err.println("Usage: CheckProfile <postgresql|mariadb|h2> <tables> [runs]");
			System.exit(2);
		}
		int tables = Integer.parseInt(args[1]);
		int runs = (args.length > 2) ? Integer.parseInt(args[2]) : 10;
		try (BenchmarkDatabase database = BenchmarkDatabase.create(args[0]);
				SingleConnectionDataSource dataSource = new SingleConnectionDataSource(database.dataSource())) {
			Metadata metadata = GeneratedMapping.of(tables).metadata(dataSource);
			try {
				GeneratedMapping.createSchema(metadata);
				new CheckProfile().profile(dataSource.getConnection(), metadata, runs);
			}
			finally {
				GeneratedMapping.close(metadata);
			}
		}
	}

	private void profile(Connection target, Metadata metadata, int runs) throws SQLException {
		Connection connection = timed(target);
		CheckSteps steps = new CheckSteps(metadata);
		Runnable validate = GeneratedMapping.hibernateValidation(metadata, "grouped");
		// as many warm-up runs as measured ones: the JIT compiles the guard, and pgjdbc
		// switches to server-prepared statements after five executions
		for (int run = 0; run < 2 * runs; run++) {
			this.recording = run >= runs;
			Map<String, Long> times = steps.run(connection);
			long start = System.nanoTime();
			validate.run();
			if (this.recording) {
				times.forEach((step, nanos) -> this.steps.merge(step, nanos, Long::sum));
				this.steps.merge("(Hibernate validate, grouped, for reference)", System.nanoTime() - start, Long::sum);
			}
		}
		System.out.printf(Locale.ROOT, "Mean of %d runs after as many warm-up runs, ms%n", runs);
		this.steps.forEach((step, total) -> System.out.printf(Locale.ROOT, "%10.2f  %s%n", total / 1e6 / runs, step));
		System.out.println("Catalog queries (inspect and live read), from prepare to close:");
		this.queries.forEach((sql, total) -> System.out.printf(Locale.ROOT, "%10.2f  %s%n", total / 1e6 / runs, sql));
	}

	private long record(Map<String, Long> totals, String step, long start) {
		long now = System.nanoTime();
		if (this.recording) {
			totals.merge(step, now - start, Long::sum);
		}
		return now;
	}

	/**
	 * Wrap a connection so that each prepared statement's time, from preparing to closing
	 * (the rows read included), is recorded under the start of its SQL.
	 */
	private Connection timed(Connection target) {
		return (Connection) Proxy.newProxyInstance(getClass().getClassLoader(), new Class<?>[] { Connection.class },
				(proxy, method, args) -> {
					long start = System.nanoTime();
					Object result = invoke(method, target, args);
					if (!method.getName().equals("prepareStatement")) {
						return result;
					}
					String sql = ((String) args[0]).replaceAll("\\s+", " ").strip();
					String query = sql.substring(0, Math.min(80, sql.length())) + "...";
					PreparedStatement statement = (PreparedStatement) result;
					return Proxy.newProxyInstance(getClass().getClassLoader(),
							new Class<?>[] { PreparedStatement.class },
							(statementProxy, statementMethod, statementArgs) -> {
								Object returned = invoke(statementMethod, statement, statementArgs);
								if (statementMethod.getName().equals("close")) {
									record(this.queries, query, start);
								}
								return returned;
							});
				});
	}

	private static Object invoke(java.lang.reflect.Method method, Object target, Object[] args) throws Throwable {
		try {
			return method.invoke(target, args);
		}
		catch (InvocationTargetException ex) {
			throw ex.getTargetException();
		}
	}

}

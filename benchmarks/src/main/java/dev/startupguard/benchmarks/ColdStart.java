package dev.startupguard.benchmarks;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

import org.h2.engine.Constants;
import org.hibernate.Version;
import org.hibernate.boot.Metadata;
import org.jspecify.annotations.Nullable;

import dev.startupguard.check.PersistenceUnitCheck;
import dev.startupguard.drift.DriftCheck;
import dev.startupguard.drift.DriftOptions;
import dev.startupguard.report.SubjectReport;
import dev.startupguard.schema.expected.HibernateExpectedSchema;
import dev.startupguard.schema.live.LiveSchemaReader;

/**
 * The first check in a fresh JVM against Hibernate's first validation in a fresh JVM:
 * every start is a fresh JVM, where class loading, the interpreter and the first queries
 * on a connection cost more than the warm numbers of {@link SchemaCheckBenchmark} show.
 * <p>
 * For each database and size it creates the generated schema once (H2: in each JVM, since
 * it lives in memory), then starts {@code runs} pairs of JVMs, alternately one that runs
 * the guard's check and one that runs Hibernate's {@code grouped} validation, so that
 * load hits both alike. Each JVM builds the boot metadata and opens its connection first,
 * as an application's start has before either runs, then times its one operation. It
 * prints the median of each and their ratio; no timing is ever asserted.
 * <p>
 * Run with {@code java -cp benchmarks.jar dev.startupguard.benchmarks.ColdStart
 * <databases> <sizes> [runs]}, lists comma-separated, such as
 * {@code postgresql,mariadb,h2 500,2000 5}.
 *
 * @author Startup Guard contributors
 * @since 0.1.0
 */
public final class ColdStart {

	private static final String GUARD = "guard";

	private static final String VALIDATE = "validate";

	private static final String STEPS = "steps";

	private static final String RESULT = "cold-result-ms ";

	private ColdStart() {
	}

	public static void main(String[] args) throws IOException, InterruptedException, SQLException {
		if (args.length > 0 && args[0].equals("--versions")) {
			System.out.println("Hibernate " + Version.getVersionString() + ", H2 " + Constants.VERSION);
			return;
		}
		if (args.length > 0 && args[0].equals("--one")) {
			one(args[1], args[2], Integer.parseInt(args[3]), (args.length > 4) ? args[4] : null);
			return;
		}
		if (args.length > 2 && args[0].equals("--steps")) {
			steps(args[1], Integer.parseInt(args[2]), (args.length > 3) ? Integer.parseInt(args[3]) : 5);
			return;
		}
		if (args.length < 2) {
			System.err.println("Usage: ColdStart <postgresql,mariadb,h2> <sizes, such as 500,2000> [runs]");
			System.err.println("       ColdStart --steps <postgresql|mariadb|h2> <size> [runs]");
			System.exit(2);
		}
		int runs = (args.length > 2) ? Integer.parseInt(args[2]) : 5;
		StringBuilder table = new StringBuilder();
		table.append("| database | tables | runs | guard, first check (ms) | validate, first (ms) "
				+ "| guard / validate | load before / after |\n");
		table.append("| --- | ---: | ---: | ---: | ---: | ---: | --- |\n");
		for (String database : args[0].split(",")) {
			for (String size : args[1].split(",")) {
				table.append(measure(database, Integer.parseInt(size), runs)).append('\n');
			}
		}
		System.out.println();
		System.out.println("### Cold: the first check in a fresh JVM, median of " + runs + " JVMs each");
		System.out.println();
		System.out.print(table);
	}

	private static String measure(String database, int tables, int runs) throws IOException, InterruptedException {
		String load = load();
		try (BenchmarkDatabase scratch = BenchmarkDatabase.create(database)) {
			String name = schemaForForks(scratch, database, tables);
			List<Double> guard = new ArrayList<>();
			List<Double> validate = new ArrayList<>();
			for (int run = 0; run < runs; run++) {
				// alternate which goes first, so that neither always follows the other
				boolean guardFirst = run % 2 == 0;
				(guardFirst ? guard : validate).add(fork(guardFirst ? GUARD : VALIDATE, database, tables, name).get(0));
				(guardFirst ? validate : guard).add(fork(guardFirst ? VALIDATE : GUARD, database, tables, name).get(0));
			}
			double guardMedian = median(guard);
			double validateMedian = median(validate);
			System.out.printf(Locale.ROOT, "# %s, %d tables: guard %s ms, validate %s ms%n", database, tables, guard,
					validate);
			return String.format(Locale.ROOT, "| %s | %d | %d | %.0f | %.0f | %.2f | %s / %s |", database, tables, runs,
					guardMedian, validateMedian, guardMedian / validateMedian, load, load());
		}
	}

	/**
	 * Where the first check's time goes: fresh JVMs that run the steps of a check one
	 * after the other, twice, and print the median of each step the first time and the
	 * second.
	 */
	private static void steps(String database, int tables, int runs) throws IOException, InterruptedException {
		try (BenchmarkDatabase scratch = BenchmarkDatabase.create(database)) {
			String name = schemaForForks(scratch, database, tables);
			int steps = CheckSteps.NAMES.size();
			List<List<Double>> times = new ArrayList<>();
			for (int step = 0; step < 2 * steps; step++) {
				times.add(new ArrayList<>());
			}
			for (int run = 0; run < runs; run++) {
				List<Double> result = fork(STEPS, database, tables, name);
				for (int step = 0; step < 2 * steps; step++) {
					times.get(step).add(result.get(step));
				}
			}
			System.out.println();
			System.out.printf(Locale.ROOT, "### Cold steps: %s, %d tables, median of %d JVMs (ms)%n%n", database,
					tables, runs);
			System.out.println("| step | first check in the JVM | second check in the same JVM |");
			System.out.println("| --- | ---: | ---: |");
			for (int step = 0; step < steps; step++) {
				System.out.printf(Locale.ROOT, "| %s | %.1f | %.1f |%n", CheckSteps.NAMES.get(step),
						median(times.get(step)), median(times.get(steps + step)));
			}
		}
	}

	/**
	 * Create the schema once on a server, where the forks only read it, and return the
	 * database's name for them; {@code null} for H2, whose forks each create their own.
	 */
	private static @Nullable String schemaForForks(BenchmarkDatabase scratch, String database, int tables) {
		if (!BenchmarkDatabase.isServer(database)) {
			return null;
		}
		SchemaFixture.open(scratch, tables, true).close();
		return scratch.name();
	}

	private static List<Double> fork(String operation, String database, int tables, @Nullable String name)
			throws IOException, InterruptedException {
		String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
		List<String> command = new ArrayList<>(
				Arrays.asList(java, "-Xms512m", "-Xmx1g", "-cp", System.getProperty("java.class.path"),
						ColdStart.class.getName(), "--one", operation, database, String.valueOf(tables)));
		if (name != null) {
			command.add(name);
		}
		Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
		List<Double> results = new ArrayList<>();
		List<String> output = new ArrayList<>();
		try (BufferedReader reader = new BufferedReader(
				new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
			for (String line = reader.readLine(); line != null; line = reader.readLine()) {
				if (line.startsWith(RESULT)) {
					results.add(Double.valueOf(line.substring(RESULT.length())));
				}
				else {
					output.add(line);
				}
			}
		}
		if (process.waitFor() != 0 || results.isEmpty()) {
			throw new IllegalStateException("The " + operation + " JVM failed:\n" + String.join("\n", output));
		}
		return results;
	}

	/**
	 * One fresh JVM: build the metadata and open the connection as a start would, then
	 * time the first guard check or the first validation, or each step of the first two
	 * checks.
	 */
	private static void one(String operation, String database, int tables, @Nullable String name) throws SQLException {
		try (BenchmarkDatabase scratch = (name != null) ? BenchmarkDatabase.attach(database, name)
				: BenchmarkDatabase.create(database);
				SingleConnectionDataSource dataSource = new SingleConnectionDataSource(scratch.dataSource())) {
			Metadata metadata = GeneratedMapping.of(tables).metadata(dataSource);
			try {
				if (name == null) {
					GeneratedMapping.createSchema(metadata);
				}
				if (operation.equals(STEPS)) {
					printSteps(dataSource, metadata);
					return;
				}
				long start = System.nanoTime();
				if (operation.equals(GUARD)) {
					SubjectReport report = new PersistenceUnitCheck("cold", dataSource,
							new HibernateExpectedSchema(metadata), new DriftCheck(
									new LiveSchemaReader(Duration.ofMinutes(1)), DriftOptions.DEFAULTS, List.of()))
						.run();
					if (!report.findings().isEmpty()) {
						throw new IllegalStateException("The guard found " + report.findings().toList());
					}
				}
				else {
					GeneratedMapping.hibernateValidation(metadata, "grouped").run();
				}
				System.out.println(RESULT + (System.nanoTime() - start) / 1e6);
			}
			finally {
				GeneratedMapping.close(metadata);
			}
		}
	}

	private static void printSteps(SingleConnectionDataSource dataSource, Metadata metadata) throws SQLException {
		CheckSteps steps = new CheckSteps(metadata);
		List<Long> nanos = new ArrayList<>(steps.run(dataSource.getConnection()).values());
		nanos.addAll(steps.run(dataSource.getConnection()).values());
		nanos.forEach((step) -> System.out.println(RESULT + step / 1e6));
	}

	private static double median(List<Double> values) {
		List<Double> sorted = values.stream().sorted().toList();
		int middle = sorted.size() / 2;
		return (sorted.size() % 2 == 1) ? sorted.get(middle) : (sorted.get(middle - 1) + sorted.get(middle)) / 2;
	}

	private static String load() {
		try {
			return Files.readString(Path.of("/proc/loadavg")).split(" ")[0];
		}
		catch (IOException ex) {
			return "?";
		}
	}

}

package dev.startupguard.benchmarks;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

import org.jspecify.annotations.Nullable;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.results.format.ResultFormatFactory;
import org.openjdk.jmh.results.format.ResultFormatType;
import org.openjdk.jmh.runner.Defaults;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.RunnerException;
import org.openjdk.jmh.runner.options.ChainedOptionsBuilder;
import org.openjdk.jmh.runner.options.CommandLineOptionException;
import org.openjdk.jmh.runner.options.CommandLineOptions;
import org.openjdk.jmh.runner.options.OptionsBuilder;
import org.openjdk.jmh.util.Statistics;

/**
 * Entry point of {@code benchmarks.jar}: takes JMH's own command line options (such as
 * {@code -p database=postgresql -p size=10,100}), creates one scratch database per server
 * and size with the generated schema in it, runs {@link SchemaCheckBenchmark} against
 * those, drops them again, and prints a table per database with the ratios of the guard
 * to its baselines.
 *
 * @author Startup Guard contributors
 * @since 0.1.0
 */
public final class BenchmarkMain {

	private static final String GUARD = "guard";

	private static final String FLOOR = "floor";

	private static final String VALIDATE = "validate";

	private static final String VALIDATE_INDIVIDUALLY = "validateIndividually";

	private BenchmarkMain() {
	}

	public static void main(String[] args) throws RunnerException, CommandLineOptionException, IOException {
		CommandLineOptions commandLine = new CommandLineOptions(args);
		if (commandLine.shouldHelp() || commandLine.shouldList() || commandLine.shouldListWithParams()
				|| commandLine.shouldListProfilers() || commandLine.shouldListResultFormats()) {
			org.openjdk.jmh.Main.main(args);
			return;
		}
		List<String> databases = parameter(commandLine, "database");
		List<Integer> sizes = parameter(commandLine, "size").stream().map(Integer::valueOf).toList();
		// shared with the shutdown hook, which drops them when the run is interrupted
		List<BenchmarkDatabase> prepared = Collections.synchronizedList(new ArrayList<>());
		Thread dropOnInterrupt = new Thread(() -> closeAll(prepared));
		Runtime.getRuntime().addShutdownHook(dropOnInterrupt);
		try {
			// prepended, so that the heap settings the benchmark appends stay
			List<String> forkArguments = new ArrayList<>(commandLine.getJvmArgsPrepend().orElse(List.of()));
			for (String database : databases) {
				if (!BenchmarkDatabase.isServer(database)) {
					continue;
				}
				for (int size : sizes) {
					prepared.add(prepare(database, size, forkArguments));
				}
			}
			List<RunResult> results = new ArrayList<>();
			// one run per database and size, so that a check and its baselines are
			// measured minutes apart at most, under the same load
			for (String database : databases) {
				for (int size : sizes) {
					ChainedOptionsBuilder options = new OptionsBuilder().parent(commandLine)
						.param("database", database)
						.param("size", String.valueOf(size))
						.jvmArgsPrepend(forkArguments.toArray(String[]::new));
					if (commandLine.getIncludes().isEmpty()) {
						options.include(SchemaCheckBenchmark.class.getName());
					}
					results.addAll(new Runner(options.build()).run());
				}
			}
			writeResultFile(commandLine, results);
			System.out.println();
			System.out.println(summary(results));
		}
		finally {
			closeAll(prepared);
			Runtime.getRuntime().removeShutdownHook(dropOnInterrupt);
		}
	}

	/**
	 * Each run wrote the result file JMH was asked for, over the one before: write all
	 * results into it.
	 */
	private static void writeResultFile(CommandLineOptions commandLine, List<RunResult> results) {
		if (!commandLine.getResult().hasValue() && !commandLine.getResultFormat().hasValue()) {
			return;
		}
		ResultFormatType type = commandLine.getResultFormat().orElse(Defaults.RESULT_FORMAT);
		String file = commandLine.getResult()
			.orElse(Defaults.RESULT_FILE_PREFIX + "." + type.toString().toLowerCase(Locale.ROOT));
		ResultFormatFactory.getInstance(type, file).writeOut(results);
	}

	private static BenchmarkDatabase prepare(String database, int size, List<String> forkArguments) {
		long start = System.nanoTime();
		BenchmarkDatabase scratch = BenchmarkDatabase.create(database);
		try (SchemaFixture fixture = SchemaFixture.open(scratch, size, true)) {
			// the schema is what the benchmark measures: creating it is not
		}
		catch (RuntimeException ex) {
			scratch.close();
			throw ex;
		}
		String property = SchemaCheckBenchmark.preparedProperty(database, size);
		// forks learn the database from their command line; an unforked run from this JVM
		System.setProperty(property, scratch.name());
		forkArguments.add("-D" + property + "=" + scratch.name());
		System.out.printf(Locale.ROOT, "# Prepared %s with %d tables in %s (%.1f s)%n", database, size, scratch.name(),
				(System.nanoTime() - start) / 1e9);
		return scratch;
	}

	private static void closeAll(List<BenchmarkDatabase> databases) {
		synchronized (databases) {
			for (BenchmarkDatabase database : databases) {
				try {
					database.close();
				}
				catch (RuntimeException ex) {
					System.err.println("Could not drop " + database.name() + ": " + ex.getMessage());
				}
			}
			databases.clear();
		}
	}

	private static List<String> parameter(CommandLineOptions commandLine, String name) {
		Collection<String> given = commandLine.getParameter(name).orElse(null);
		if (given != null) {
			return List.copyOf(given);
		}
		try {
			return Arrays.asList(SchemaCheckBenchmark.class.getField(name).getAnnotation(Param.class).value());
		}
		catch (NoSuchFieldException ex) {
			throw new IllegalStateException(ex);
		}
	}

	static String summary(Collection<RunResult> results) {
		// database -> size -> benchmark -> statistics
		Map<String, Map<Integer, Map<String, Statistics>>> table = new TreeMap<>();
		String unit = "ms/op";
		for (RunResult result : results) {
			unit = result.getPrimaryResult().getScoreUnit();
			String benchmark = result.getParams().getBenchmark();
			benchmark = benchmark.substring(benchmark.lastIndexOf('.') + 1);
			String database = result.getParams().getParam("database");
			int size = Integer.parseInt(result.getParams().getParam("size"));
			table.computeIfAbsent(database, (key) -> new TreeMap<>())
				.computeIfAbsent(size, (key) -> new TreeMap<>())
				.put(benchmark, result.getPrimaryResult().getStatistics());
		}
		StringBuilder out = new StringBuilder();
		String header = "Mean / median of one check in " + unit + "; ratios of the means.\n\n";
		table.forEach((database, sizes) -> {
			out.append("### ").append(database).append("\n\n");
			out.append(header);
			out.append("| tables | guard | floor (bulk read) | validate (grouped) | validate (individually) "
					+ "| guard / validate | guard / validate individually | guard / floor |\n");
			out.append("| ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |\n");
			sizes.forEach((size, benchmarks) -> {
				Statistics guard = benchmarks.get(GUARD);
				out.append("| ").append(size);
				out.append(" | ").append(time(guard));
				out.append(" | ").append(time(benchmarks.get(FLOOR)));
				out.append(" | ").append(time(benchmarks.get(VALIDATE)));
				out.append(" | ").append(time(benchmarks.get(VALIDATE_INDIVIDUALLY)));
				out.append(" | ").append(ratio(guard, benchmarks.get(VALIDATE)));
				out.append(" | ").append(ratio(guard, benchmarks.get(VALIDATE_INDIVIDUALLY)));
				out.append(" | ").append(ratio(guard, benchmarks.get(FLOOR)));
				out.append(" |\n");
			});
			out.append("\n");
		});
		return out.toString();
	}

	private static String time(@Nullable Statistics statistics) {
		if (statistics == null) {
			return "-";
		}
		return String.format(Locale.ROOT, "%s / %s", milliseconds(statistics.getMean()),
				milliseconds(statistics.getPercentile(50)));
	}

	private static String milliseconds(double value) {
		return String.format(Locale.ROOT, (value < 10) ? "%.2f" : (value < 100) ? "%.1f" : "%.0f", value);
	}

	private static String ratio(@Nullable Statistics numerator, @Nullable Statistics denominator) {
		if (numerator == null || denominator == null) {
			return "-";
		}
		return String.format(Locale.ROOT, "%.2f", numerator.getMean() / denominator.getMean());
	}

}

package dev.startupguard.benchmarks;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

import javax.management.JMException;
import javax.management.ObjectName;

import dev.startupguard.report.SubjectReport;

/**
 * What a drift check leaves behind: runs the whole check
 * ({@link dev.startupguard.check.PersistenceUnitCheck#run PersistenceUnitCheck.run}) on a
 * generated schema, keeps only the last report, and then counts, in a histogram of the
 * live heap taken after a full collection (the JVM's {@code GC.class_histogram}, what
 * {@code jcmd <pid> GC.class_histogram} prints), the instances of Startup Guard's own
 * classes that are still reachable, with the used heap after a full collection before the
 * first check and after the last. The allocation of one check is measured by JMH
 * ({@code -prof gc}), not here.
 * <p>
 * Run with {@code java -cp benchmarks.jar dev.startupguard.benchmarks.CheckMemory
 * <database> <tables> [checks]}.
 *
 * @author Startup Guard contributors
 * @since 0.1.0
 */
public final class CheckMemory {

	private CheckMemory() {
	}

	public static void main(String[] args) throws JMException {
		if (args.length < 2) {
			System.err.println("Usage: CheckMemory <postgresql|mariadb|h2> <tables> [checks]");
			System.exit(2);
		}
		int tables = Integer.parseInt(args[1]);
		int checks = (args.length > 2) ? Integer.parseInt(args[2]) : 20;
		try (BenchmarkDatabase database = BenchmarkDatabase.create(args[0]);
				SchemaFixture fixture = SchemaFixture.open(database, tables, true)) {
			long before = usedAfterGc();
			Map<String, long[]> histogramBefore = guardClasses();
			SubjectReport report = checked(fixture);
			for (int check = 1; check < checks; check++) {
				report = checked(fixture);
			}
			long after = usedAfterGc();
			Map<String, long[]> histogramAfter = guardClasses();
			System.out.printf(Locale.ROOT, "%s, %d tables, %d checks, the last report kept%n", args[0], tables, checks);
			System.out.printf(Locale.ROOT,
					"used heap after a full GC: %,d KiB before the first check, %,d KiB after the last (%+,d KiB)%n",
					before / 1024, after / 1024, (after - before) / 1024);
			System.out.println(
					"Startup Guard's classes with live instances after the last check (instances, bytes; before the first check in brackets):");
			histogramAfter.forEach((type, counts) -> {
				long[] earlier = histogramBefore.getOrDefault(type, new long[2]);
				System.out.printf(Locale.ROOT, "%10d %12d  (%d, %d)  %s%n", counts[0], counts[1], earlier[0],
						earlier[1], type);
			});
			// keep the report reachable until the histogram is taken
			System.out.println("report kept: " + report.subject());
		}
	}

	private static SubjectReport checked(SchemaFixture fixture) {
		SubjectReport report = fixture.guard();
		if (!report.findings().isEmpty()) {
			throw new IllegalStateException("The generated schema gave findings: " + report.findings().toList());
		}
		return report;
	}

	private static long usedAfterGc() {
		MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
		for (int i = 0; i < 3; i++) {
			System.gc();
		}
		return memory.getHeapMemoryUsage().getUsed();
	}

	/**
	 * Instances and bytes per class of {@code dev.startupguard}, from the histogram of
	 * live objects, which the JVM takes after a full collection.
	 */
	private static Map<String, long[]> guardClasses() throws JMException {
		String histogram = (String) ManagementFactory.getPlatformMBeanServer()
			.invoke(new ObjectName("com.sun.management:type=DiagnosticCommand"), "gcClassHistogram",
					new Object[] { new String[0] }, new String[] { String[].class.getName() });
		Map<String, long[]> classes = new TreeMap<>();
		for (String line : histogram.split("\n")) {
			String[] columns = line.trim().split("\\s+");
			// "num: instances bytes class-name (module)"
			if (columns.length >= 4 && columns[0].endsWith(":") && columns[3].startsWith("dev.startupguard.")
					&& !columns[3].startsWith("dev.startupguard.benchmarks.")) {
				classes.put(columns[3], new long[] { Long.parseLong(columns[1]), Long.parseLong(columns[2]) });
			}
		}
		return classes;
	}

}

package dev.startupguard.migration.lint;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

import dev.startupguard.schema.DatabaseFamily;

/**
 * Measures the lint's parse rate on a directory of real migration scripts (public, so
 * that {@code exec:java} can start it): every {@code .sql} file below it (Flyway
 * {@code V*.sql}, Liquibase formatted SQL, plain scripts) is split and parsed for one
 * database family; the rate per top-level directory and overall is printed, then every
 * statement the parser could not read. A procedure call, which the parser reads but whose
 * statements the lint cannot see, counts as read. Run with
 * {@code ./mvnw -q -pl autoconfigure test-compile exec:java -Dexec.classpathScope=test
 * -Dexec.mainClass=dev.startupguard.migration.lint.ParseRateHarness
 * -Dexec.args="postgresql /path/to/scripts"}.
 */
public final class ParseRateHarness {

	private ParseRateHarness() {
	}

	public static void main(String[] args) throws IOException {
		if (args.length != 2) {
			System.err.println("Usage: ParseRateHarness <postgresql|mysql|h2> <directory>");
			System.exit(2);
		}
		DatabaseFamily family = DatabaseFamily.valueOf(args[0].toUpperCase(Locale.ROOT));
		Path root = Path.of(args[1]);
		MigrationLinter linter = MigrationLinter.forFamily(family);
		Map<String, int[]> perDirectory = new TreeMap<>();
		StringBuilder failures = new StringBuilder();
		List<Path> scripts;
		try (Stream<Path> files = Files.walk(root)) {
			scripts = files.filter((file) -> file.toString().endsWith(".sql")).sorted().toList();
		}
		for (Path script : scripts) {
			Path relative = root.relativize(script);
			String directory = (relative.getNameCount() > 1) ? relative.getName(0).toString() : ".";
			LintReport report = linter.lint(relative.toString(), Files.readString(script, StandardCharsets.UTF_8));
			int[] counts = perDirectory.computeIfAbsent(directory, (key) -> new int[3]);
			counts[0]++;
			counts[1] += report.statements().size();
			for (NotLintedStatement statement : report.notLinted()) {
				if (statement.reason().equals(ParsedStatement.STORED_PROCEDURE)) {
					counts[1]++;
					continue;
				}
				counts[2]++;
				failures.append(String.format("%s:%d: %s%n    %s%n", statement.scriptName(), statement.line(),
						statement.summary(), statement.reason()));
			}
		}
		int parsed = 0;
		int failed = 0;
		System.out.printf("%-40s %7s %10s %7s %7s%n", "directory", "scripts", "statements", "failed", "rate");
		for (Map.Entry<String, int[]> entry : perDirectory.entrySet()) {
			int[] counts = entry.getValue();
			parsed += counts[1];
			failed += counts[2];
			System.out.printf("%-40s %7d %10d %7d %6.1f%%%n", entry.getKey(), counts[0], counts[1] + counts[2],
					counts[2], rate(counts[1], counts[2]));
		}
		System.out.printf("%-40s %7d %10d %7d %6.1f%%%n", "total (" + family + ")", scripts.size(), parsed + failed,
				failed, rate(parsed, failed));
		System.out.println();
		System.out.print(failures);
	}

	private static double rate(int parsed, int failed) {
		return (parsed + failed == 0) ? 100.0 : 100.0 * parsed / (parsed + failed);
	}

}

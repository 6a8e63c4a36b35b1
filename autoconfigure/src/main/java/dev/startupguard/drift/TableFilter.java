package dev.startupguard.drift;

import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

import dev.startupguard.schema.QualifiedName;

/**
 * Decides which tables a comparison leaves out: the migration tools' own tables always,
 * and those the application's patterns name.
 *
 * @author Startup Guard contributors
 */
final class TableFilter {

	private static final List<String> MIGRATION_TOOL_TABLES = List.of("flyway_schema_history", "databasechangelog",
			"databasechangeloglock");

	private final List<Pattern> patterns;

	TableFilter(List<String> patterns) {
		this.patterns = patterns.stream().map(TableFilter::compile).toList();
	}

	boolean isIgnored(QualifiedName table) {
		String name = table.name().toLowerCase(Locale.ROOT);
		if (MIGRATION_TOOL_TABLES.contains(name)) {
			return true;
		}
		String qualified = table.toString().toLowerCase(Locale.ROOT);
		return this.patterns.stream()
			.anyMatch((pattern) -> pattern.matcher(name).matches() || pattern.matcher(qualified).matches());
	}

	private static Pattern compile(String glob) {
		StringBuilder regex = new StringBuilder();
		for (char c : glob.toLowerCase(Locale.ROOT).toCharArray()) {
			switch (c) {
				case '*' -> regex.append(".*");
				case '?' -> regex.append('.');
				default -> regex.append(Pattern.quote(String.valueOf(c)));
			}
		}
		return Pattern.compile(regex.toString());
	}

}

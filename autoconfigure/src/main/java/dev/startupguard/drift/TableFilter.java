package dev.startupguard.drift;

import java.util.List;
import java.util.Locale;

import dev.startupguard.report.NamePattern;
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

	private final List<NamePattern> patterns;

	TableFilter(List<String> patterns) {
		this.patterns = patterns.stream().map(NamePattern::of).toList();
	}

	boolean isIgnored(QualifiedName table) {
		String name = table.name().toLowerCase(Locale.ROOT);
		if (MIGRATION_TOOL_TABLES.contains(name)) {
			return true;
		}
		String qualified = table.toString();
		return this.patterns.stream().anyMatch((pattern) -> pattern.matches(name) || pattern.matches(qualified));
	}

}

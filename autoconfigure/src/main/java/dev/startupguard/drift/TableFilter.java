package dev.startupguard.drift;

import java.util.List;
import java.util.Locale;

import dev.startupguard.report.NamePattern;
import dev.startupguard.schema.QualifiedName;

/**
 * Decides which tables a comparison leaves out: the migration tools' own tables always
 * (their default names and the names the application gave them), and those the
 * application's patterns name.
 *
 * @author Startup Guard contributors
 */
final class TableFilter {

	private static final List<String> MIGRATION_TOOL_TABLES = List.of("flyway_schema_history", "databasechangelog",
			"databasechangeloglock");

	private final List<NamePattern> patterns;

	private final List<String> migrationTables;

	TableFilter(DriftOptions options) {
		this.patterns = options.ignoredTables().stream().map(NamePattern::of).toList();
		this.migrationTables = options.migrationTables()
			.stream()
			.map((table) -> table.toLowerCase(Locale.ROOT))
			.toList();
	}

	boolean isIgnored(QualifiedName table) {
		String name = table.name().toLowerCase(Locale.ROOT);
		if (MIGRATION_TOOL_TABLES.contains(name) || this.migrationTables.contains(name)) {
			return true;
		}
		String qualified = table.toString();
		return this.patterns.stream().anyMatch((pattern) -> pattern.matches(name) || pattern.matches(qualified));
	}

}

package dev.startupguard.drift;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/**
 * Options of a comparison.
 *
 * @param ignoredTables patterns of tables to leave out of the comparison, matched
 * case-insensitively against the table name and against {@code schema.table}; {@code *}
 * stands for any characters and {@code ?} for one
 * @param migrationTables names of the tables in which the application's migration tools
 * record their work, such as a custom Flyway history table; left out like the tools'
 * default tables, whatever they are named
 * @author Startup Guard contributors
 * @since 0.1.0
 */
public record DriftOptions(List<String> ignoredTables, List<String> migrationTables) {

	/**
	 * Options that compare every table.
	 */
	public static final DriftOptions DEFAULTS = new DriftOptions(List.of());

	public DriftOptions {
		ignoredTables = List.copyOf(ignoredTables);
		migrationTables = List.copyOf(migrationTables);
	}

	/**
	 * Create options with the given ignored tables and no migration tables beyond the
	 * tools' default ones.
	 * @param ignoredTables patterns of tables to leave out of the comparison
	 */
	public DriftOptions(List<String> ignoredTables) {
		this(ignoredTables, List.of());
	}

	/**
	 * Return these options with more migration tool tables.
	 * @param tables the names of the tables
	 * @return the options
	 */
	public DriftOptions withMigrationTables(Collection<String> tables) {
		List<String> all = new ArrayList<>(this.migrationTables);
		tables.stream().filter((table) -> !all.contains(table)).forEach(all::add);
		return new DriftOptions(this.ignoredTables, all);
	}

}

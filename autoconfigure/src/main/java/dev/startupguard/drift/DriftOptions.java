package dev.startupguard.drift;

import java.util.List;

/**
 * Options of a comparison.
 *
 * @param ignoredTables patterns of tables to leave out of the comparison, matched
 * case-insensitively against the table name and against {@code schema.table}; {@code *}
 * stands for any characters and {@code ?} for one
 * @author Startup Guard contributors
 * @since 0.1.0
 */
public record DriftOptions(List<String> ignoredTables) {

	/**
	 * Options that compare every table.
	 */
	public static final DriftOptions DEFAULTS = new DriftOptions(List.of());

	public DriftOptions {
		ignoredTables = List.copyOf(ignoredTables);
	}

}

package dev.startupguard.report;

/**
 * What running a suggested fix risks, in the terms production-migration guides use.
 *
 * @author Startup Guard contributors
 * @since 0.1.0
 */
public enum FixRisk {

	/**
	 * Adds something and cannot fail on existing data: a nullable column, a table, an
	 * index.
	 */
	SAFE,

	/**
	 * Can fail on existing data, rewrite or lock a table: a NOT NULL column, a type
	 * change, a new unique or foreign key constraint.
	 */
	RISKY,

	/**
	 * Loses data: dropping a column or a table.
	 */
	DESTRUCTIVE

}

package dev.startupguard.report;

/**
 * Read-only view of the guard's latest report, for the outputs (health, endpoint,
 * metrics): reading it never runs a check and never waits for one.
 *
 * @author Startup Guard contributors
 * @since 0.1.0
 */
@FunctionalInterface
public interface LatestReport {

	/**
	 * Return the latest report of every subject. A check that ends replaces it whole, so
	 * a caller that reads it once sees one consistent report.
	 * @return the report, {@link GuardReport#NONE} before the first check has ended
	 */
	GuardReport get();

}

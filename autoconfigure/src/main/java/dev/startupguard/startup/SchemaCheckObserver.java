package dev.startupguard.startup;

import java.util.function.Supplier;

import dev.startupguard.report.GuardReport;

/**
 * Wraps every run of a persistence unit's schema check, at startup and at each recheck,
 * such as to time it or to trace it. The metrics auto-configuration provides one that
 * records the check as a Micrometer observation; without Micrometer the check runs
 * unobserved.
 *
 * @author Startup Guard contributors
 * @since 0.1.0
 */
@FunctionalInterface
public interface SchemaCheckObserver {

	/**
	 * Runs the check as it is.
	 */
	SchemaCheckObserver NONE = (unit, check) -> check.get();

	/**
	 * Run one check of one persistence unit.
	 * @param unit the name of the persistence unit
	 * @param check the check, to be called exactly once on the calling thread
	 * @return the report the check returned
	 */
	GuardReport observe(String unit, Supplier<GuardReport> check);

}

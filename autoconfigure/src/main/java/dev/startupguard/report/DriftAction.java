package dev.startupguard.report;

/**
 * What findings do to an application's start.
 *
 * @author Startup Guard contributors
 * @since 0.1.0
 */
public enum DriftAction {

	/**
	 * Log the findings and start.
	 */
	WARN,

	/**
	 * Refuse the start when a finding at or above the failing severity exists.
	 */
	FAIL,

	/**
	 * Log nothing; report through actuator only.
	 */
	IGNORE

}

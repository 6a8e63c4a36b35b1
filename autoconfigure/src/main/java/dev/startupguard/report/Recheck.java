package dev.startupguard.report;

/**
 * Runs every check of an application again, now, such as on an operator's request.
 *
 * @author Startup Guard contributors
 * @since 0.1.0
 */
@FunctionalInterface
public interface Recheck {

	/**
	 * Check every subject again and make the new reports the latest ones.
	 * @return the new report
	 */
	GuardReport recheck();

}

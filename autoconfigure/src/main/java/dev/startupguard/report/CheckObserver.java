package dev.startupguard.report;

import java.util.function.Supplier;

/**
 * Wraps every run of a subject's check, at startup and at each recheck, such as to time
 * it or to trace it. The metrics auto-configuration provides one that records the check
 * as a Micrometer observation; without Micrometer the check runs unobserved.
 *
 * @author Startup Guard contributors
 * @since 0.1.0
 */
@FunctionalInterface
public interface CheckObserver {

	/**
	 * Runs the check as it is.
	 */
	CheckObserver NONE = (subject, check) -> check.get();

	/**
	 * Run one check of one subject.
	 * @param subject what is checked
	 * @param check the check, to be called exactly once on the calling thread
	 * @return the report the check returned
	 */
	SubjectReport observe(Subject subject, Supplier<SubjectReport> check);

}

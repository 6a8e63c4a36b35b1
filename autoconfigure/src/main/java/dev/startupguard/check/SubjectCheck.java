package dev.startupguard.check;

import dev.startupguard.report.Subject;
import dev.startupguard.report.SubjectReport;

/**
 * The check of one {@link Subject}, which can run any number of times: at startup, at
 * each recheck, on request.
 *
 * @author Startup Guard contributors
 * @since 0.1.0
 */
public interface SubjectCheck {

	/**
	 * Return what this check checks.
	 * @return the subject
	 */
	Subject subject();

	/**
	 * Run the check. A check that cannot run returns a report with a finding of nature
	 * {@link dev.startupguard.report.FindingKind.Nature#CHECK_FAILED}, never an empty
	 * report, and never throws.
	 * @return the report, before the application's rules
	 */
	SubjectReport run();

}

package dev.startupguard.report;

import java.util.Locale;

/**
 * What one check of one persistence unit came to, in the three words that metrics, logs
 * and the actuator endpoint use.
 *
 * @author Startup Guard contributors
 * @since 0.1.0
 */
public enum CheckOutcome {

	/**
	 * The check ran and found nothing at WARNING or above: INFO findings (an unmapped
	 * table, a missing index) and suppressed findings leave a schema clean.
	 */
	CLEAN,

	/**
	 * The check ran and found at least one finding at WARNING or above.
	 */
	DRIFT,

	/**
	 * The check could not run ({@link FindingKind#CHECK_ERROR}), so drift is unknown.
	 */
	ERROR;

	/**
	 * Return the outcome of a report. Suppressed findings do not count.
	 * @param report the report
	 * @return its outcome
	 */
	public static CheckOutcome of(GuardReport report) {
		Findings findings = report.findings();
		if (findings.stream().anyMatch((finding) -> finding.kind() == FindingKind.CHECK_ERROR)) {
			return ERROR;
		}
		return findings.atLeast(Severity.WARNING).isEmpty() ? CLEAN : DRIFT;
	}

	/**
	 * Return the outcome as metrics and JSON write it: {@code clean}, {@code drift} or
	 * {@code error}.
	 * @return the lower-case name
	 */
	public String value() {
		return name().toLowerCase(Locale.ROOT);
	}

}

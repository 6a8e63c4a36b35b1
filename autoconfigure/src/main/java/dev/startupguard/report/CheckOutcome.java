package dev.startupguard.report;

import java.util.Locale;

/**
 * What one check of one {@link Subject} came to, in the three words that metrics, logs
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
	 * The check could not run (a finding of nature
	 * {@link FindingKind.Nature#CHECK_FAILED}), so drift is unknown.
	 */
	ERROR;

	/**
	 * Return the outcome of a check's findings, suppressed ones left out.
	 * @param findings the findings
	 * @return their outcome
	 */
	public static CheckOutcome of(Findings findings) {
		if (findings.stream().anyMatch((finding) -> finding.kind().nature() == FindingKind.Nature.CHECK_FAILED)) {
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

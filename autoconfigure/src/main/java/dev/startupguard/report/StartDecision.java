package dev.startupguard.report;

/**
 * Decides from a subject's report whether an application may start, by the nature of each
 * finding's kind: differences at or above the failing severity refuse the start when
 * drift fails, a check that could not run refuses it when check errors fail, and settings
 * the production policy allowed and what migrations did (the lint) never do.
 *
 * @param onDrift what drift findings do
 * @param failSeverity the lowest severity that refuses the start when drift fails
 * @param onCheckError what a check that could not run does
 * @author Startup Guard contributors
 * @since 0.1.0
 */
public record StartDecision(DriftAction onDrift, Severity failSeverity, DriftAction onCheckError) {

	/**
	 * Return the findings that refuse the start.
	 * @param report the report
	 * @return the findings that refuse the start, empty when it may go on
	 */
	public Findings blocking(SubjectReport report) {
		return report.findings().filter(this::refuses);
	}

	private boolean refuses(Finding finding) {
		return switch (finding.kind().nature()) {
			case DIFFERENCE -> this.onDrift == DriftAction.FAIL && finding.severity().isAtLeast(this.failSeverity);
			case ALLOWED_SETTING, REVIEW -> false;
			case CHECK_FAILED -> this.onCheckError == DriftAction.FAIL;
		};
	}

	/**
	 * Return whether the report refuses the start.
	 * @param report the report
	 * @return {@code true} when the start must be refused
	 */
	public boolean refuses(SubjectReport report) {
		return !blocking(report).isEmpty();
	}

}

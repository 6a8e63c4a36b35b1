package dev.startupguard.report;

/**
 * Decides from a report whether an application may start: findings at or above the
 * failing severity refuse the start when drift fails, and a check that could not run
 * refuses it when check errors fail.
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
	public Findings blocking(GuardReport report) {
		return report.findings().filter((finding) -> {
			if (finding.kind() == FindingKind.CHECK_ERROR) {
				return this.onCheckError == DriftAction.FAIL;
			}
			if (finding.kind() == FindingKind.SCHEMA_MUTATION_SETTING) {
				// the production policy has decided on these already, before any bean
				// existed
				return false;
			}
			return this.onDrift == DriftAction.FAIL && finding.severity().isAtLeast(this.failSeverity);
		});
	}

	/**
	 * Return whether the report refuses the start.
	 * @param report the report
	 * @return {@code true} when the start must be refused
	 */
	public boolean refuses(GuardReport report) {
		return !blocking(report).isEmpty();
	}

}

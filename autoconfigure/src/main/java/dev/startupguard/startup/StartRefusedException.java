package dev.startupguard.startup;

import java.util.List;

import dev.startupguard.report.StartDecision;
import dev.startupguard.report.SubjectReport;

/**
 * Thrown when the checks of one or more subjects refuse the application's start. Carries
 * the reports; {@link StartRefusedFailureAnalyzer} explains them.
 *
 * @author Startup Guard contributors
 * @since 0.1.0
 */
public class StartRefusedException extends RuntimeException {

	private final List<SubjectReport> reports;

	private final StartDecision decision;

	/**
	 * Create an exception.
	 * @param reports the reports of the subjects that refuse the start
	 * @param decision the decision that refused it
	 */
	public StartRefusedException(List<SubjectReport> reports, StartDecision decision) {
		super("Startup Guard refuses the start for "
				+ String.join(", ", reports.stream().map((report) -> report.subject().describe()).toList()));
		this.reports = List.copyOf(reports);
		this.decision = decision;
	}

	/**
	 * Return the reports of the subjects that refuse the start.
	 * @return the reports
	 */
	public List<SubjectReport> getReports() {
		return this.reports;
	}

	/**
	 * Return the decision that refused the start.
	 * @return the decision
	 */
	public StartDecision getDecision() {
		return this.decision;
	}

}

package dev.startupguard.startup;

import java.util.List;

import dev.startupguard.report.GuardReport;
import dev.startupguard.report.StartDecision;

/**
 * Thrown when the schema of one or more persistence units refuses the application's
 * start. Carries the reports; {@link SchemaDriftFailureAnalyzer} explains them.
 *
 * @author Startup Guard contributors
 * @since 0.1.0
 */
public class SchemaDriftException extends RuntimeException {

	private final List<GuardReport> reports;

	private final StartDecision decision;

	/**
	 * Create an exception.
	 * @param reports the reports of the units that refuse the start
	 * @param decision the decision that refused it
	 */
	public SchemaDriftException(List<GuardReport> reports, StartDecision decision) {
		super("The database schema does not match the entities of persistence unit(s) "
				+ String.join(", ", reports.stream().map(GuardReport::name).toList()));
		this.reports = List.copyOf(reports);
		this.decision = decision;
	}

	/**
	 * Return the reports of the units that refuse the start.
	 * @return the reports
	 */
	public List<GuardReport> getReports() {
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

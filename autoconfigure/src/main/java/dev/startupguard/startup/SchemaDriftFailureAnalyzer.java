package dev.startupguard.startup;

import java.util.List;

import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

import dev.startupguard.report.DriftAction;
import dev.startupguard.report.Finding;
import dev.startupguard.report.FindingKind;
import dev.startupguard.report.Findings;
import dev.startupguard.report.GuardReport;
import dev.startupguard.report.ReportLogger;
import dev.startupguard.report.StartDecision;

/**
 * {@link AbstractFailureAnalyzer} that explains a start refused for schema drift: which
 * findings refused it, and what to do about them.
 *
 * @author Startup Guard contributors
 */
class SchemaDriftFailureAnalyzer extends AbstractFailureAnalyzer<SchemaDriftException> {

	static final int MAX_FINDINGS = 20;

	@Override
	protected FailureAnalysis analyze(Throwable rootFailure, SchemaDriftException cause) {
		StringBuilder description = new StringBuilder();
		for (GuardReport report : cause.getReports()) {
			Findings blocking = cause.getDecision().blocking(report);
			description.append(String.format(
					"The database schema of persistence unit '%s' (%s %s) does not match"
							+ " its entities: %d finding(s) refuse the start.%n",
					report.name(), report.databaseProduct(), report.databaseVersion(), blocking.size()));
			List<Finding> shown = blocking.toList().subList(0, Math.min(MAX_FINDINGS, blocking.size()));
			shown.forEach((finding) -> description.append(String.format("%n    - %s", ReportLogger.line(finding))));
			if (blocking.size() > shown.size()) {
				description.append(String.format("%n    ... and %d more; the log lists every finding.",
						blocking.size() - shown.size()));
			}
			description.append(String.format("%n%n"));
		}
		return new FailureAnalysis(description.toString().trim(), action(cause), cause);
	}

	private String action(SchemaDriftException cause) {
		StartDecision decision = cause.getDecision();
		boolean checkError = cause.getReports()
			.stream()
			.flatMap((report) -> decision.blocking(report).stream())
			.anyMatch((finding) -> finding.kind() == FindingKind.CHECK_ERROR);
		StringBuilder action = new StringBuilder();
		if (checkError) {
			action.append(String.format("Make the database reachable and its catalog readable by the application's"
					+ " user, or set startup-guard.on-check-error=warn to start without the check.%n"));
		}
		if (decision.onDrift() == DriftAction.FAIL) {
			action.append(String.format("Apply the migrations this code needs before deploying it (the fixes above"
					+ " show the SQL each finding wants; put it in a Flyway or Liquibase migration)."
					+ " To live with a known difference, lower its severity with startup-guard.severity.<KIND>=warning"
					+ " or mute it with a startup-guard.suppress entry; startup-guard.on-drift=warn logs drift"
					+ " without refusing the start."));
		}
		return action.toString().trim();
	}

}

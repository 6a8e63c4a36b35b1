package dev.startupguard.startup;

import java.util.List;

import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;
import org.springframework.util.StringUtils;

import dev.startupguard.report.Finding;
import dev.startupguard.report.FindingKind;
import dev.startupguard.report.Findings;
import dev.startupguard.report.ReportLogger;
import dev.startupguard.report.StartDecision;
import dev.startupguard.report.SubjectReport;

/**
 * {@link AbstractFailureAnalyzer} that explains a start the checks refused: which
 * subjects refused it, with which findings, and what to do about them.
 *
 * @author Startup Guard contributors
 */
class StartRefusedFailureAnalyzer extends AbstractFailureAnalyzer<StartRefusedException> {

	static final int MAX_FINDINGS = 20;

	@Override
	protected FailureAnalysis analyze(Throwable rootFailure, StartRefusedException cause) {
		StringBuilder description = new StringBuilder();
		for (SubjectReport report : cause.getReports()) {
			Findings blocking = cause.getDecision().blocking(report);
			String mismatch = String.format(report.subject().kind().mismatch(),
					report.subject().describe() + database(report));
			description.append(String.format("%s: %d finding(s) refuse the start.%n", StringUtils.capitalize(mismatch),
					blocking.size()));
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

	private static String database(SubjectReport report) {
		Object product = report.details().get(SubjectReport.DATABASE_PRODUCT);
		return (product != null)
				? " (" + product + " " + report.details().getOrDefault(SubjectReport.DATABASE_VERSION, "") + ")" : "";
	}

	private String action(StartRefusedException cause) {
		StringBuilder action = new StringBuilder();
		if (refusedBy(cause, FindingKind.Nature.CHECK_FAILED)) {
			action.append(String.format("Make the database reachable and its catalog readable by the application's"
					+ " user, or set startup-guard.on-check-error=warn to start without the check.%n"));
		}
		if (refusedBy(cause, FindingKind.Nature.DIFFERENCE)) {
			action.append(String.format("Apply the migrations this code needs before deploying it (the fixes above"
					+ " show the SQL each finding wants; put it in a Flyway or Liquibase migration)."
					+ " To live with a known difference, lower its severity with startup-guard.severity.<KIND>=warning"
					+ " or mute it with a startup-guard.suppress entry; startup-guard.on-drift=warn logs drift"
					+ " without refusing the start."));
		}
		return action.toString().trim();
	}

	private static boolean refusedBy(StartRefusedException cause, FindingKind.Nature nature) {
		StartDecision decision = cause.getDecision();
		return cause.getReports()
			.stream()
			.flatMap((report) -> decision.blocking(report).stream())
			.anyMatch((finding) -> finding.kind().nature() == nature);
	}

}

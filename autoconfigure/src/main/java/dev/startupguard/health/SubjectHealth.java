package dev.startupguard.health;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.Status;

import dev.startupguard.report.CheckOutcome;
import dev.startupguard.report.Finding;
import dev.startupguard.report.FindingDescriptions;
import dev.startupguard.report.Findings;
import dev.startupguard.report.Severity;
import dev.startupguard.report.SubjectReport;

/**
 * The {@link Health} of one subject's report.
 * <p>
 * {@link Status#DOWN DOWN} when a finding's kind says it turns health down (an ERROR
 * difference, after severity overrides; suppressed findings do not count),
 * {@link Status#UNKNOWN UNKNOWN} when the check could not run, and {@link Status#UP UP}
 * otherwise. A check that could not run says nothing about the schema, and an unreachable
 * database is the {@code db} indicator's to report: turning it into DOWN here would
 * report one outage twice, and take every instance out of a readiness group that includes
 * this indicator whenever the catalog is slow to answer.
 * <p>
 * The details give what the subject was checked against (such as the database), the time
 * and duration of the check, the number of findings per severity, the number of
 * suppressed findings, and the findings themselves, most severe first and at most
 * {@value #MAX_FINDINGS} of them.
 *
 * @author Startup Guard contributors
 */
final class SubjectHealth {

	/**
	 * The most findings the details list; the endpoint lists them all.
	 */
	static final int MAX_FINDINGS = 50;

	private static final List<Status> WORST_FIRST = List.of(Status.DOWN, Status.UNKNOWN, Status.UP);

	private SubjectHealth() {
	}

	static Health notChecked() {
		return Health.unknown().withDetail("reason", "Not checked yet").build();
	}

	static Health of(SubjectReport report) {
		Findings findings = report.findings();
		Map<String, Integer> counts = new LinkedHashMap<>();
		for (Severity severity : Severity.values()) {
			counts.put(severity.name(), findings.count(severity));
		}
		List<Finding> shown = findings.toList().subList(0, Math.min(MAX_FINDINGS, findings.size()));
		Health.Builder builder = Health.status(status(report))
			.withDetails(report.details())
			.withDetail("checkedAt", report.checkedAt())
			.withDetail("durationMillis", report.duration().toMillis())
			.withDetail("counts", counts)
			.withDetail("suppressed", report.suppressed().size())
			.withDetail("findings", shown.stream().map(FindingDescriptions::describe).toList());
		if (findings.size() > shown.size()) {
			builder.withDetail("omittedFindings", findings.size() - shown.size());
		}
		return builder.build();
	}

	static Status status(SubjectReport report) {
		if (report.unhealthy()) {
			return Status.DOWN;
		}
		return (report.outcome() == CheckOutcome.ERROR) ? Status.UNKNOWN : Status.UP;
	}

	static Status worse(Status current, Status other) {
		return (WORST_FIRST.indexOf(other) < WORST_FIRST.indexOf(current)) ? other : current;
	}

}

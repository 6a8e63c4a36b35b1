package dev.startupguard.report;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The one description of a whole report, as the {@code schemadrift} endpoint and check
 * mode's JSON give it: the subjects grouped by kind ({@code persistenceUnits},
 * {@code migrationTools}, {@code applicationSettings}), each by name, with its outcome,
 * details, {@code checkedAt}, {@code durationMillis}, findings and suppressed findings.
 *
 * @author Startup Guard contributors
 * @since 0.1.0
 */
public final class ReportDescriptions {

	private ReportDescriptions() {
	}

	/**
	 * Describe a report.
	 * @param report the report
	 * @return the subjects by group and name
	 */
	public static Map<String, Object> describe(GuardReport report) {
		Map<String, Object> groups = new LinkedHashMap<>();
		for (SubjectKind kind : SubjectKind.values()) {
			Map<String, Object> subjects = new LinkedHashMap<>();
			report.subjects(kind).forEach((subject) -> subjects.put(subject.name(), describe(subject)));
			groups.put(kind.group(), subjects);
		}
		return groups;
	}

	/**
	 * Describe one subject's report.
	 * @param report the report
	 * @return its description
	 */
	public static Map<String, Object> describe(SubjectReport report) {
		Map<String, Object> described = new LinkedHashMap<>();
		described.put("outcome", report.outcome().value());
		described.putAll(report.details());
		described.put("checkedAt", report.checkedAt());
		described.put("durationMillis", report.duration().toMillis());
		described.put("findings", report.findings().stream().map(FindingDescriptions::describe).toList());
		described.put("suppressed", report.suppressed().stream().map(FindingDescriptions::describe).toList());
		return described;
	}

}

package dev.startupguard.report;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The application's rules for living with known differences: severities per kind that
 * override the defaults, and suppressions that mute findings while keeping them in the
 * report.
 *
 * @author Startup Guard contributors
 * @since 0.1.0
 */
public final class FindingRules {

	/**
	 * No overrides and no suppressions.
	 */
	public static final FindingRules NONE = new FindingRules(Map.of(), List.of());

	private final Map<FindingKind, Severity> severities;

	private final List<Suppression> suppressions;

	/**
	 * Create rules.
	 * @param severities the severity per kind, overriding the default
	 * @param suppressions the suppressions
	 */
	public FindingRules(Map<FindingKind, Severity> severities, List<Suppression> suppressions) {
		this.severities = Map.copyOf(severities);
		this.suppressions = List.copyOf(suppressions);
	}

	/**
	 * Apply the rules to a report's findings.
	 * @param report the report as the check produced it
	 * @return the report with severities overridden and muted findings moved to its
	 * suppressed findings
	 */
	public SubjectReport apply(SubjectReport report) {
		List<Finding> active = new ArrayList<>();
		List<SuppressedFinding> suppressed = new ArrayList<>(report.suppressed());
		for (Finding finding : report.findings()) {
			Severity severity = this.severities.get(finding.kind());
			Finding adjusted = (severity != null) ? finding.withSeverity(severity) : finding;
			Suppression suppression = this.suppressions.stream()
				.filter((candidate) -> candidate.matches(adjusted))
				.findFirst()
				.orElse(null);
			if (suppression != null) {
				suppressed.add(new SuppressedFinding(adjusted, suppression.reason()));
			}
			else {
				active.add(adjusted);
			}
		}
		return report.withFindings(Findings.of(active), suppressed);
	}

}

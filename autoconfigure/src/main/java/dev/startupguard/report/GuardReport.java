package dev.startupguard.report;

import java.util.List;
import java.util.Optional;

/**
 * What the guard knows about an application: the latest report of every checked
 * {@link Subject}, in the order the subjects were first checked.
 *
 * @param subjects the subjects' reports
 * @author Startup Guard contributors
 * @since 0.1.0
 */
public record GuardReport(List<SubjectReport> subjects) {

	/**
	 * A report of nothing checked yet.
	 */
	public static final GuardReport NONE = new GuardReport(List.of());

	public GuardReport {
		subjects = List.copyOf(subjects);
	}

	/**
	 * Return the reports of the subjects of one kind.
	 * @param kind the kind
	 * @return their reports
	 */
	public List<SubjectReport> subjects(SubjectKind kind) {
		return this.subjects.stream().filter((report) -> report.subject().kind() == kind).toList();
	}

	/**
	 * Return the report of one subject.
	 * @param subject the subject
	 * @return its report, empty when it was not checked
	 */
	public Optional<SubjectReport> subject(Subject subject) {
		return this.subjects.stream().filter((report) -> report.subject().equals(subject)).findFirst();
	}

	/**
	 * Return every subject's findings, suppressed ones left out.
	 * @return the findings
	 */
	public Findings findings() {
		return this.subjects.stream().map(SubjectReport::findings).reduce(Findings.NONE, Findings::and);
	}

}

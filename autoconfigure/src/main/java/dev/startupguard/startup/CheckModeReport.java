package dev.startupguard.startup;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;
import org.springframework.boot.json.JsonWriter;

import dev.startupguard.report.Finding;
import dev.startupguard.report.GuardReport;
import dev.startupguard.report.ReportDescriptions;
import dev.startupguard.report.ReportLogger;
import dev.startupguard.report.Severity;
import dev.startupguard.report.SubjectReport;

/**
 * What check mode writes: the report of every subject, for a person (the lines the log
 * gives at startup), as JSON (the {@code schemadrift} endpoint's shape, with the verdict)
 * or as Markdown (a pull-request comment, a deploy gate's summary).
 *
 * @author Startup Guard contributors
 * @since 0.1.0
 */
public final class CheckModeReport {

	private final GuardReport report;

	private final Severity failSeverity;

	/**
	 * Create the output of a report.
	 * @param report the report of every subject
	 * @param failSeverity the severity from which a finding fails the check
	 */
	public CheckModeReport(GuardReport report, Severity failSeverity) {
		this.report = report;
		this.failSeverity = failSeverity;
	}

	/**
	 * Return whether the check passes: no finding at or above the fail severity.
	 * @return whether it passes
	 */
	public boolean passes() {
		return failing().isEmpty();
	}

	/**
	 * Return the process's exit code: {@code 0} when the check passes, {@code 1}
	 * otherwise.
	 * @return the exit code
	 */
	public int exitCode() {
		return passes() ? 0 : 1;
	}

	/**
	 * Render the report in a format.
	 * @param format the format
	 * @return the text
	 */
	public String render(Format format) {
		return switch (format) {
			case TEXT -> text();
			case JSON -> json();
			case MARKDOWN -> markdown();
		};
	}

	private List<Finding> failing() {
		return this.report.subjects()
			.stream()
			.flatMap((subject) -> subject.findings().stream())
			.filter((finding) -> finding.severity().isAtLeast(this.failSeverity))
			.toList();
	}

	private String verdict() {
		int failing = failing().size();
		return (failing == 0) ? "Startup Guard check passed: no finding at or above " + this.failSeverity + "."
				: "Startup Guard check failed: " + failing + " finding(s) at or above " + this.failSeverity + ".";
	}

	private String text() {
		StringBuilder text = new StringBuilder();
		for (SubjectReport subject : this.report.subjects()) {
			text.append(ReportLogger.summary(subject)).append('\n');
			subject.findings()
				.forEach((finding) -> text.append("  - ").append(ReportLogger.line(finding)).append('\n'));
			subject.suppressed()
				.forEach((suppressed) -> text.append("  - ").append(ReportLogger.line(suppressed)).append('\n'));
			ReportLogger.advice(subject).ifPresent((advice) -> text.append("  ").append(advice).append('\n'));
		}
		return text.append(verdict()).append('\n').toString();
	}

	private String json() {
		Map<String, Object> body = new LinkedHashMap<>();
		body.put("passed", passes());
		body.put("failSeverity", this.failSeverity.name());
		body.putAll(ReportDescriptions.describe(this.report));
		return JsonWriter.standard().writeToString(body) + "\n";
	}

	private String markdown() {
		StringBuilder markdown = new StringBuilder("## Startup Guard\n\n").append(verdict()).append("\n");
		for (SubjectReport subject : this.report.subjects()) {
			markdown.append("\n### ").append(subject.subject().describe()).append("\n\n");
			markdown.append(ReportLogger.summary(subject)).append("\n");
			List<Finding> findings = new ArrayList<>(subject.findings().toList());
			if (!findings.isEmpty()) {
				markdown.append(
						"\n| severity | kind | table | column | message | fix |\n| --- | --- | --- | --- | --- | --- |\n");
				for (Finding finding : findings) {
					markdown.append("| ")
						.append(finding.severity())
						.append(" | `")
						.append(finding.kind())
						.append("` | ")
						.append(cell(finding.table()))
						.append(" | ")
						.append(cell(finding.column()))
						.append(" | ")
						.append(cell(finding.message()))
						.append(" | ")
						.append((finding.fix() != null) ? "`" + cell(finding.fix()) + "` (" + finding.fixRisk() + ")"
								: "")
						.append(" |\n");
				}
			}
		}
		return markdown.toString();
	}

	private static String cell(@Nullable String text) {
		return (text != null) ? text.replace("|", "\\|").replace("\n", " ") : "";
	}

	/**
	 * The formats of check mode's output.
	 */
	public enum Format {

		/**
		 * For a person: the lines the log gives at startup, then the verdict.
		 */
		TEXT,

		/**
		 * The {@code schemadrift} endpoint's JSON, with {@code passed} and
		 * {@code failSeverity}.
		 */
		JSON,

		/**
		 * Markdown, for a pull-request comment or a deploy gate's summary.
		 */
		MARKDOWN

	}

}

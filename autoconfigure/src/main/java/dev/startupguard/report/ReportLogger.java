package dev.startupguard.report;

import java.util.List;
import java.util.Optional;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.slf4j.event.Level;
import org.slf4j.spi.LoggingEventBuilder;

/**
 * Writes a subject's report to the log: one summary line at every check, then one line
 * per finding, most severe first, at the finding's level, with its fix, and what to do.
 * Each finding line carries the subject, severity, kind, table and column as key-value
 * pairs, which structured logging formats (ECS, Logstash, GELF) turn into fields.
 * Suppressed findings are logged at debug level with the reason they are muted.
 *
 * @author Startup Guard contributors
 * @since 0.1.0
 */
public final class ReportLogger {

	private static final Logger logger = LoggerFactory.getLogger("dev.startupguard");

	private static final String REVIEW_ADVICE = "Nothing here differs from what the code expects: the warnings are"
			+ " for review, such as what a migration does to a table that is in use. Read each one before the next"
			+ " migration like it.";

	private static final String CHECK_FAILED_ADVICE = "The check could not run, so drift is unknown: nothing here says"
			+ " the schema or the migrations are wrong. Fix the cause in the CHECK_ERROR line (the connection, the"
			+ " right to read the catalog, or startup-guard.check-timeout), then restart or recheck through the"
			+ " schemadrift endpoint.";

	private ReportLogger() {
	}

	/**
	 * Log a subject's report.
	 * @param report the report
	 */
	public static void log(SubjectReport report) {
		if (quiet(report)) {
			return;
		}
		Findings findings = report.findings();
		Level summaryLevel = findings.highestSeverity().map(ReportLogger::level).orElse(Level.INFO);
		subjectEvent(logger.atLevel(summaryLevel), report)
			.addKeyValue("startupguard.errors", findings.count(Severity.ERROR))
			.addKeyValue("startupguard.warnings", findings.count(Severity.WARNING))
			.log(summary(report));
		for (Finding finding : findings) {
			findingEvent(logger.atLevel(level(finding.severity())), report, finding).log(line(finding));
		}
		if (logger.isDebugEnabled()) {
			for (SuppressedFinding suppressed : report.suppressed()) {
				findingEvent(logger.atDebug(), report, suppressed.finding()).log(line(suppressed));
			}
		}
		advice(report).ifPresent((advice) -> logger.atLevel(summaryLevel).log(advice));
	}

	/**
	 * Return the one-line summary of a subject's report.
	 * @param report the report
	 * @return the summary
	 */
	public static String summary(SubjectReport report) {
		Findings findings = report.findings();
		// a subject read from memory took no time worth saying
		String took = report.duration().isZero() ? "" : " in " + report.duration().toMillis() + " ms";
		String what = "Startup Guard checked " + report.subject().describe() + against(report) + took + ": ";
		String suppressed = report.suppressed().isEmpty() ? "" : ", " + report.suppressed().size() + " suppressed";
		if (findings.isEmpty()) {
			return what + report.subject().kind().clean() + suppressed + ".";
		}
		return what + count(findings.count(Severity.ERROR), "error") + ", "
				+ count(findings.count(Severity.WARNING), "warning") + ", "
				+ count(findings.count(Severity.INFO), "info") + suppressed + ".";
	}

	/**
	 * Return the line for one finding: its severity, kind, message and fix.
	 * @param finding the finding
	 * @return the line
	 */
	public static String line(Finding finding) {
		String fix = (finding.fix() != null) ? " Fix (" + finding.fixRisk() + "): " + finding.fix() : "";
		return finding.severity() + " " + finding.kind() + ": " + finding.message() + fix;
	}

	/**
	 * Return the line for a suppressed finding: the finding's line and why it is muted.
	 * @param suppressed the suppressed finding
	 * @return the line
	 */
	public static String line(SuppressedFinding suppressed) {
		String reason = (suppressed.reason() != null) ? " (" + suppressed.reason() + ")" : "";
		return "Suppressed" + reason + ": " + line(suppressed.finding());
	}

	/**
	 * Return what to do about a subject's findings: nothing when it has none at WARNING
	 * or above, how to let the check run when it could not, and otherwise what its kind
	 * of subject advises.
	 * @param report the report
	 * @return the advice, if any
	 */
	public static Optional<String> advice(SubjectReport report) {
		if (report.outcome() == CheckOutcome.ERROR) {
			return Optional.of(CHECK_FAILED_ADVICE);
		}
		if (report.outcome() == CheckOutcome.DRIFT) {
			return Optional.of(onlyForReview(report) ? REVIEW_ADVICE : report.subject().kind().advice());
		}
		return Optional.empty();
	}

	private static boolean onlyForReview(SubjectReport report) {
		return report.findings()
			.stream()
			.filter((finding) -> finding.severity() != Severity.INFO)
			.allMatch((finding) -> finding.kind().nature() == FindingKind.Nature.REVIEW);
	}

	private static boolean quiet(SubjectReport report) {
		return !report.subject().kind().loggedWhenClean() && report.findings().isEmpty()
				&& report.suppressed().isEmpty();
	}

	private static String against(SubjectReport report) {
		Object product = report.details().get(SubjectReport.DATABASE_PRODUCT);
		if (product == null) {
			return "";
		}
		String against = " against " + product + " "
				+ report.details().getOrDefault(SubjectReport.DATABASE_VERSION, "");
		if (report.details().get(SubjectReport.SCHEMAS) instanceof List<?> schemas) {
			against += " (schemas " + String.join(", ", schemas.stream().map(String::valueOf).toList()) + ")";
		}
		return against.stripTrailing();
	}

	private static LoggingEventBuilder subjectEvent(LoggingEventBuilder event, SubjectReport report) {
		return event.addKeyValue("startupguard.subject", report.subject().kind().value())
			.addKeyValue("startupguard.unit", report.name());
	}

	private static LoggingEventBuilder findingEvent(LoggingEventBuilder event, SubjectReport report, Finding finding) {
		LoggingEventBuilder built = subjectEvent(event, report)
			.addKeyValue("startupguard.severity", finding.severity().name())
			.addKeyValue("startupguard.kind", finding.kind().name());
		if (finding.table() != null) {
			built = built.addKeyValue("startupguard.table", finding.table());
		}
		if (finding.column() != null) {
			built = built.addKeyValue("startupguard.column", finding.column());
		}
		return built;
	}

	private static String count(int count, String noun) {
		return count + " " + noun + ((count == 1 || noun.equals("info")) ? "" : "s");
	}

	private static Level level(Severity severity) {
		return switch (severity) {
			case ERROR -> Level.ERROR;
			case WARNING -> Level.WARN;
			case INFO -> Level.INFO;
		};
	}

}

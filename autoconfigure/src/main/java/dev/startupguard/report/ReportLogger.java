package dev.startupguard.report;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.slf4j.event.Level;
import org.slf4j.spi.LoggingEventBuilder;

/**
 * Writes a report to the log: one summary line at every check, then one line per finding,
 * most severe first, at the finding's level, with its fix. Each finding line carries its
 * severity, kind, table and column as key-value pairs, which structured logging formats
 * (ECS, Logstash, GELF) turn into fields.
 *
 * @author Startup Guard contributors
 * @since 0.1.0
 */
public final class ReportLogger {

	private static final Logger logger = LoggerFactory.getLogger("dev.startupguard");

	private ReportLogger() {
	}

	/**
	 * Log a report.
	 * @param report the report
	 */
	public static void log(GuardReport report) {
		Findings findings = report.findings();
		Level summaryLevel = findings.highestSeverity().map(ReportLogger::level).orElse(Level.INFO);
		logger.atLevel(summaryLevel)
			.addKeyValue("startupguard.unit", report.name())
			.addKeyValue("startupguard.errors", findings.count(Severity.ERROR))
			.addKeyValue("startupguard.warnings", findings.count(Severity.WARNING))
			.log(summary(report));
		for (Finding finding : findings) {
			LoggingEventBuilder event = logger.atLevel(level(finding.severity()))
				.addKeyValue("startupguard.unit", report.name())
				.addKeyValue("startupguard.severity", finding.severity().name())
				.addKeyValue("startupguard.kind", finding.kind().name());
			if (finding.table() != null) {
				event = event.addKeyValue("startupguard.table", finding.table());
			}
			if (finding.column() != null) {
				event = event.addKeyValue("startupguard.column", finding.column());
			}
			event.log(line(finding));
		}
		if (!findings.atLeast(Severity.WARNING).isEmpty()) {
			logger.atLevel(summaryLevel)
				.log("The entities expect schema changes that this database does not have. Apply the migrations"
						+ " before deploying the code that needs them; never let Hibernate change a production schema.");
		}
	}

	/**
	 * Return the one-line summary of a report.
	 * @param report the report
	 * @return the summary
	 */
	public static String summary(GuardReport report) {
		Findings findings = report.findings();
		String what = "Startup Guard checked persistence unit '" + report.name() + "' against "
				+ report.databaseProduct() + " " + report.databaseVersion() + " (schemas "
				+ String.join(", ", report.schemas()) + ") in " + report.duration().toMillis() + " ms: ";
		String suppressed = report.suppressed().isEmpty() ? "" : ", " + report.suppressed().size() + " suppressed";
		if (findings.isEmpty()) {
			return what + "the schema matches the entities" + suppressed + ".";
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

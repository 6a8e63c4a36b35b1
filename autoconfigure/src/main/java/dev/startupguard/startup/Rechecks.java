package dev.startupguard.startup;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import dev.startupguard.check.ReportMaker;
import dev.startupguard.check.SubjectCheck;
import dev.startupguard.report.DriftAction;
import dev.startupguard.report.FindingKind;
import dev.startupguard.report.GuardReport;
import dev.startupguard.report.Recheck;
import dev.startupguard.report.ReportLogger;
import dev.startupguard.report.SubjectReport;

/**
 * Checks every subject of an application again and makes the new reports the latest one
 * at once. Rechecks run one at a time, so that an older report never replaces a newer
 * one. A subject whose findings changed since its last check is logged as at startup; an
 * unchanged one only at debug level.
 *
 * @author Startup Guard contributors
 * @since 0.1.0
 */
public class Rechecks implements Recheck {

	private static final Logger logger = LoggerFactory.getLogger(Rechecks.class);

	private final SubjectChecks checks;

	private final ReportMaker maker;

	private final ReportStore store;

	private final Object monitor = new Object();

	/**
	 * Create the rechecks of an application.
	 * @param checks the checks to run again
	 * @param maker how each report is made
	 * @param store where the latest report is kept
	 */
	public Rechecks(SubjectChecks checks, ReportMaker maker, ReportStore store) {
		this.checks = checks;
		this.maker = maker;
		this.store = store;
	}

	@Override
	public GuardReport recheck() {
		synchronized (this.monitor) {
			GuardReport previous = this.store.get();
			List<SubjectReport> fresh = new ArrayList<>();
			for (SubjectCheck check : this.checks.checks()) {
				fresh.add(this.maker.make(check));
			}
			GuardReport latest = new GuardReport(fresh);
			this.store.replace(latest);
			latest.subjects()
				.forEach((report) -> logIfChanged(previous.subject(report.subject()).orElse(null), report));
			return latest;
		}
	}

	private void logIfChanged(@Nullable SubjectReport previous, SubjectReport report) {
		if (previous != null && signature(previous).equals(signature(report))) {
			logger.debug("{} Unchanged since the last check.", ReportLogger.summary(report));
			return;
		}
		if (this.checks.decision().onDrift() == DriftAction.IGNORE) {
			return;
		}
		logger.info("The findings of {} changed since the last check ({}, was {})", report.subject().describe(),
				report.outcome().value(), (previous != null) ? previous.outcome().value() : "not checked");
		ReportLogger.log(report);
	}

	// what a report says, without when and how fast: a change here is worth a log line
	private static List<List<@Nullable Object>> signature(SubjectReport report) {
		List<List<@Nullable Object>> signature = new ArrayList<>();
		report.findings()
			.forEach((finding) -> signature
				.add(Arrays.asList(finding.severity(), finding.kind(), finding.table(), finding.column(),
						(finding.kind().nature() != FindingKind.Nature.CHECK_FAILED) ? finding.message() : null)));
		report.suppressed()
			.forEach((suppressed) -> signature.add(Arrays.asList("suppressed", suppressed.finding().kind(),
					suppressed.finding().table(), suppressed.finding().column())));
		return signature;
	}

}

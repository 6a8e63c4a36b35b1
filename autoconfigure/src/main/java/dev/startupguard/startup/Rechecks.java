package dev.startupguard.startup;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;

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
 * one. Requests share checks: a request that comes while none runs starts one; requests
 * that come while one runs share the one check that starts when it ends (not the running
 * one, which began before them and may miss a change they want to see). So a burst of
 * requests, from the endpoint or the background, runs at most two checks. A subject whose
 * findings changed since its last check is logged as at startup; an unchanged one only at
 * debug level.
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

	// the check running now, and the one that starts when it ends, which every request
	// that came meanwhile shares; guarded by the monitor
	private @Nullable CompletableFuture<GuardReport> running;

	private @Nullable CompletableFuture<GuardReport> next;

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
		CompletableFuture<GuardReport> shared;
		@Nullable CompletableFuture<GuardReport> after = null;
		boolean runs = true;
		synchronized (this.monitor) {
			if (this.running == null) {
				this.running = new CompletableFuture<>();
				shared = this.running;
			}
			else if (this.next == null) {
				this.next = new CompletableFuture<>();
				shared = this.next;
				after = this.running;
			}
			else {
				shared = this.next;
				runs = false;
			}
		}
		if (runs) {
			if (after != null) {
				// whatever it came to, this check runs once it has ended
				after.handle((report, ex) -> report).join();
			}
			run(shared);
		}
		return result(shared);
	}

	private void run(CompletableFuture<GuardReport> shared) {
		GuardReport latest;
		try {
			latest = checkEverySubject();
		}
		catch (RuntimeException | Error ex) {
			handOver();
			shared.completeExceptionally(ex);
			throw ex;
		}
		// the next check becomes the running one before anybody sees this one end, so
		// that no request slips in between and starts a third
		handOver();
		shared.complete(latest);
	}

	private void handOver() {
		synchronized (this.monitor) {
			this.running = this.next;
			this.next = null;
		}
	}

	private static GuardReport result(CompletableFuture<GuardReport> shared) {
		try {
			return shared.join();
		}
		catch (CompletionException ex) {
			if (ex.getCause() instanceof RuntimeException runtime) {
				throw runtime;
			}
			if (ex.getCause() instanceof Error error) {
				throw error;
			}
			throw ex;
		}
	}

	private GuardReport checkEverySubject() {
		GuardReport previous = this.store.get();
		List<SubjectReport> fresh = new ArrayList<>();
		for (SubjectCheck check : this.checks.checks()) {
			fresh.add(this.maker.make(check));
		}
		GuardReport latest = new GuardReport(fresh);
		this.store.replace(latest);
		latest.subjects().forEach((report) -> logIfChanged(previous.subject(report.subject()).orElse(null), report));
		return latest;
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

package dev.startupguard.startup;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;

import org.springframework.beans.factory.DisposableBean;
import org.springframework.beans.factory.SmartInitializingSingleton;

import dev.startupguard.check.ReportMaker;
import dev.startupguard.check.SubjectCheck;
import dev.startupguard.check.TimeBoundCheck;
import dev.startupguard.report.DriftAction;
import dev.startupguard.report.GuardReport;
import dev.startupguard.report.ReportLogger;
import dev.startupguard.report.StartDecision;
import dev.startupguard.report.Subject;
import dev.startupguard.report.SubjectReport;

/**
 * The checks of one application context at its start, one per {@link Subject}. Each check
 * starts in the background as soon as its subject is ready, and all are joined once every
 * singleton exists, which is before the web server accepts a request: a refused start
 * never serves traffic, and a clean start waits only for what runs beside it anyway. The
 * joined reports become the latest report, are logged, and decide the start. Every run of
 * a check, at the start and later, is a {@link TimeBoundCheck}: the start waits no longer
 * than {@code startup-guard.check-timeout} for any subject.
 *
 * @author Startup Guard contributors
 * @since 0.1.0
 */
public class SubjectChecks implements SmartInitializingSingleton, DisposableBean {

	private final ReportMaker maker;

	private final ReportStore store;

	private final StartDecision decision;

	private final Duration timeout;

	private final ExecutorService executor;

	private final Map<Subject, SubjectCheck> checks = Collections.synchronizedMap(new LinkedHashMap<>());

	private final Map<Subject, CompletableFuture<SubjectReport>> running = Collections
		.synchronizedMap(new LinkedHashMap<>());

	private final Map<Subject, SubjectCheck> deferred = Collections.synchronizedMap(new LinkedHashMap<>());

	/**
	 * Create the checks of one application context.
	 * @param maker how each report is made
	 * @param store where the latest report is kept
	 * @param decision what findings do to the start
	 * @param timeout how long any run of a subject's check is waited for
	 */
	public SubjectChecks(ReportMaker maker, ReportStore store, StartDecision decision, Duration timeout) {
		this.maker = maker;
		this.store = store;
		this.decision = decision;
		this.timeout = timeout;
		AtomicInteger threads = new AtomicInteger();
		this.executor = Executors.newCachedThreadPool((task) -> {
			Thread thread = new Thread(task, "startup-guard-check-" + threads.incrementAndGet());
			thread.setDaemon(true);
			return thread;
		});
	}

	/**
	 * Start a subject's check in the background.
	 * @param check the check
	 */
	public void start(SubjectCheck check) {
		this.deferred.remove(check.subject());
		SubjectCheck bounded = bounded(check);
		this.checks.put(check.subject(), bounded);
		this.running.put(check.subject(), CompletableFuture.supplyAsync(() -> this.maker.make(bounded), this.executor));
	}

	/**
	 * Start a subject's check once every singleton exists, unless it is started before
	 * then: for a subject that may still change during the start, such as the migrations
	 * of a Flyway bean that an initializer created later may migrate.
	 * @param check the check
	 */
	public void startLater(SubjectCheck check) {
		this.deferred.put(check.subject(), check);
	}

	/**
	 * Take over a subject that was checked already, such as a persistence unit checked
	 * while its session factory was built (the hand-over of {@code ddl-auto=validate}):
	 * its report is used as it is, and later rechecks run its check as usual.
	 * @param check the subject's check
	 * @param checked the report of the check that ran, before the application's rules
	 */
	public void handOver(SubjectCheck check, SubjectReport checked) {
		this.checks.put(check.subject(), bounded(check));
		this.running.put(check.subject(), CompletableFuture.completedFuture(this.maker.judge(checked)));
	}

	private SubjectCheck bounded(SubjectCheck check) {
		return new TimeBoundCheck(check, this.timeout, this.executor);
	}

	/**
	 * Return every subject's check, in the order the checks started, each bounded in
	 * time.
	 * @return the checks
	 */
	public List<SubjectCheck> checks() {
		synchronized (this.checks) {
			return List.copyOf(this.checks.values());
		}
	}

	/**
	 * Return the decision these checks are judged by.
	 * @return the decision
	 */
	public StartDecision decision() {
		return this.decision;
	}

	@Override
	public void afterSingletonsInstantiated() {
		List<SubjectCheck> late;
		synchronized (this.deferred) {
			late = List.copyOf(this.deferred.values());
		}
		late.forEach(this::start);
		List<SubjectReport> joined = new ArrayList<>();
		synchronized (this.running) {
			this.running.values().forEach((report) -> joined.add(report.join()));
			this.running.clear();
		}
		this.store.replace(new GuardReport(joined));
		List<SubjectReport> refused = new ArrayList<>();
		for (SubjectReport report : joined) {
			if (this.decision.onDrift() != DriftAction.IGNORE) {
				ReportLogger.log(report);
			}
			if (this.decision.refuses(report)) {
				refused.add(report);
			}
		}
		if (!refused.isEmpty()) {
			throw new StartRefusedException(refused, this.decision);
		}
	}

	@Override
	public void destroy() {
		this.executor.shutdownNow();
	}

}

package dev.startupguard.startup;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;

import javax.sql.DataSource;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.core.log.LogMessage;

import dev.startupguard.drift.DriftCheck;
import dev.startupguard.report.CheckOutcome;
import dev.startupguard.report.DriftAction;
import dev.startupguard.report.FindingKind;
import dev.startupguard.report.Findings;
import dev.startupguard.report.GuardReport;
import dev.startupguard.report.ReportLogger;
import dev.startupguard.schema.ExpectedSchemaSource;
import dev.startupguard.schema.live.LiveSchemaReader;

/**
 * The drift checks of one application context, one per persistence unit. Each check
 * starts in the background as soon as its unit is ready, and all are joined once every
 * singleton exists, which is before the web server accepts a request: a refused start
 * never serves traffic, and a clean start waits only for what runs beside it anyway.
 * <p>
 * The latest reports are held in one immutable map that a check replaces whole, so every
 * reader (health, endpoint, metrics) sees either the old reports or the new ones, and
 * never waits for a check.
 *
 * @author Startup Guard contributors
 * @since 0.1.0
 */
public class SchemaDriftChecks implements SmartInitializingSingleton, DisposableBean {

	private static final Log logger = LogFactory.getLog(SchemaDriftChecks.class);

	private final CheckSettings settings;

	private final SchemaCheckObserver observer;

	private final Findings settingFindings;

	// one recheck at a time, so that an older report never replaces a newer one
	private final Object recheckMonitor = new Object();

	private final ExecutorService executor;

	private final Map<String, CompletableFuture<GuardReport>> running = Collections
		.synchronizedMap(new LinkedHashMap<>());

	private final Map<String, Unit> units = Collections.synchronizedMap(new LinkedHashMap<>());

	private volatile Map<String, GuardReport> reports = Map.of();

	/**
	 * Create the checks of one application context.
	 * @param settings how to check and judge
	 */
	public SchemaDriftChecks(CheckSettings settings) {
		this(settings, SchemaCheckObserver.NONE);
	}

	/**
	 * Create the checks of one application context, each run wrapped by an observer.
	 * @param settings how to check and judge
	 * @param observer what wraps each run of a check, such as to time it
	 */
	public SchemaDriftChecks(CheckSettings settings, SchemaCheckObserver observer) {
		this(settings, observer, Findings.NONE);
	}

	/**
	 * Create the checks of one application context, each run wrapped by an observer, and
	 * each report carrying the findings about the application's settings, such as the
	 * schema-changing settings a production start was allowed to go on with.
	 * @param settings how to check and judge
	 * @param observer what wraps each run of a check, such as to time it
	 * @param settingFindings findings about the application's settings, added to every
	 * report
	 */
	public SchemaDriftChecks(CheckSettings settings, SchemaCheckObserver observer, Findings settingFindings) {
		this.settings = settings;
		this.observer = observer;
		this.settingFindings = settingFindings;
		AtomicInteger threads = new AtomicInteger();
		this.executor = Executors.newCachedThreadPool((task) -> {
			Thread thread = new Thread(task, "startup-guard-check-" + threads.incrementAndGet());
			thread.setDaemon(true);
			return thread;
		});
	}

	/**
	 * Start checking one persistence unit in the background.
	 * @param unit the unit's name, unique in the context
	 * @param dataSource the unit's data source
	 * @param expected the schema the unit's entities expect
	 */
	public void start(String unit, DataSource dataSource, ExpectedSchemaSource expected) {
		Unit checked = new Unit(unit, dataSource, expected);
		this.units.put(unit, checked);
		this.running.put(unit, CompletableFuture.supplyAsync(() -> check(checked), this.executor));
	}

	/**
	 * Take over a persistence unit whose schema was checked already while its session
	 * factory was built (the hand-over of {@code ddl-auto=validate}): its report is used
	 * as it is, and later rechecks check the unit as usual.
	 * @param unit the unit's name, unique in the context
	 * @param dataSource the unit's data source
	 * @param expected the schema the unit's entities expect
	 * @param checked the report of that check, before the application's rules
	 */
	void startChecked(String unit, DataSource dataSource, ExpectedSchemaSource expected, GuardReport checked) {
		this.units.put(unit, new Unit(unit, dataSource, expected));
		this.running.put(unit, CompletableFuture.completedFuture(judge(checked)));
	}

	/**
	 * Check every persistence unit again, now, and make the new reports the latest ones
	 * at once. Rechecks run one at a time. A unit whose findings changed since its last
	 * check is logged as at startup; an unchanged one only at debug level.
	 * @return the new reports, by unit name
	 */
	public Map<String, GuardReport> recheck() {
		synchronized (this.recheckMonitor) {
			List<Unit> all;
			synchronized (this.units) {
				all = List.copyOf(this.units.values());
			}
			Map<String, GuardReport> previous = this.reports;
			Map<String, GuardReport> fresh = new LinkedHashMap<>();
			all.forEach((unit) -> fresh.put(unit.name(), check(unit)));
			Map<String, GuardReport> latest = Collections.unmodifiableMap(fresh);
			this.reports = latest;
			latest.values().forEach((report) -> logIfChanged(previous.get(report.name()), report));
			return latest;
		}
	}

	private GuardReport check(Unit unit) {
		DriftCheck check = new DriftCheck(new LiveSchemaReader(this.settings.timeout()), this.settings.options(),
				this.settings.schemas());
		return this.observer.observe(unit.name(),
				() -> judge(check.run(unit.name(), unit.dataSource(), unit.expected())));
	}

	/**
	 * Return a report as the application wants to see it: with the findings about its
	 * settings, and its severity overrides and suppressions applied.
	 */
	private GuardReport judge(GuardReport checked) {
		return this.settings.rules().apply(checked.withAdditionalFindings(this.settingFindings));
	}

	private void logIfChanged(@Nullable GuardReport previous, GuardReport report) {
		if (previous != null && signature(previous).equals(signature(report))) {
			logger.debug(LogMessage.format("%s Unchanged since the last check.", ReportLogger.summary(report)));
			return;
		}
		if (this.settings.decision().onDrift() == DriftAction.IGNORE) {
			return;
		}
		logger.info(LogMessage.format("The findings of persistence unit '%s' changed since the last check (%s, was %s)",
				report.name(), CheckOutcome.of(report).value(),
				(previous != null) ? CheckOutcome.of(previous).value() : "not checked"));
		ReportLogger.log(report);
	}

	// what a report says, without when and how fast: a change here is worth a log line
	private static List<List<@Nullable Object>> signature(GuardReport report) {
		List<List<@Nullable Object>> signature = new ArrayList<>();
		report.findings()
			.forEach((finding) -> signature.add(Arrays.asList(finding.severity(), finding.kind(), finding.table(),
					finding.column(), (finding.kind() != FindingKind.CHECK_ERROR) ? finding.message() : null)));
		report.suppressed()
			.forEach((suppressed) -> signature.add(Arrays.asList("suppressed", suppressed.finding().kind(),
					suppressed.finding().table(), suppressed.finding().column())));
		return signature;
	}

	/**
	 * Return the names of the persistence units whose checks have started, in the order
	 * they started.
	 * @return the unit names
	 */
	public Set<String> unitNames() {
		synchronized (this.units) {
			return Collections.unmodifiableSet(new LinkedHashSet<>(this.units.keySet()));
		}
	}

	/**
	 * Return how the checks judge a report.
	 * @return the settings
	 */
	public CheckSettings settings() {
		return this.settings;
	}

	/**
	 * Return the latest report of every persistence unit, by unit name.
	 * @return the reports
	 */
	public Map<String, GuardReport> reports() {
		return this.reports;
	}

	@Override
	public void afterSingletonsInstantiated() {
		Map<String, GuardReport> joined = new LinkedHashMap<>();
		synchronized (this.running) {
			this.running.forEach((unit, report) -> joined.put(unit, report.join()));
			this.running.clear();
		}
		this.reports = Collections.unmodifiableMap(joined);
		List<GuardReport> refused = new ArrayList<>();
		for (GuardReport report : joined.values()) {
			if (this.settings.decision().onDrift() != DriftAction.IGNORE) {
				ReportLogger.log(report);
			}
			if (this.settings.decision().refuses(report)) {
				refused.add(report);
			}
		}
		this.executor.shutdown();
		if (!refused.isEmpty()) {
			throw new SchemaDriftException(refused, this.settings.decision());
		}
	}

	@Override
	public void destroy() {
		this.executor.shutdownNow();
	}

	private record Unit(String name, DataSource dataSource, ExpectedSchemaSource expected) {

	}

}

package dev.startupguard.startup;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;

import javax.sql.DataSource;

import org.springframework.beans.factory.DisposableBean;
import org.springframework.beans.factory.SmartInitializingSingleton;

import dev.startupguard.drift.DriftCheck;
import dev.startupguard.report.DriftAction;
import dev.startupguard.report.GuardReport;
import dev.startupguard.report.ReportLogger;
import dev.startupguard.schema.ExpectedSchemaSource;
import dev.startupguard.schema.live.LiveSchemaReader;

/**
 * The drift checks of one application context, one per persistence unit. Each check
 * starts in the background as soon as its unit is ready, and all are joined once every
 * singleton exists, which is before the web server accepts a request: a refused start
 * never serves traffic, and a clean start waits only for what runs beside it anyway.
 *
 * @author Startup Guard contributors
 * @since 0.1.0
 */
public class SchemaDriftChecks implements SmartInitializingSingleton, DisposableBean {

	private final CheckSettings settings;

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
		this.settings = settings;
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
	 * Check every persistence unit again, now, and make the new reports the latest ones
	 * at once.
	 * @return the new reports, by unit name
	 */
	public Map<String, GuardReport> recheck() {
		List<Unit> all;
		synchronized (this.units) {
			all = List.copyOf(this.units.values());
		}
		Map<String, GuardReport> fresh = new LinkedHashMap<>();
		all.forEach((unit) -> fresh.put(unit.name(), check(unit)));
		this.reports = Collections.unmodifiableMap(fresh);
		return this.reports;
	}

	private GuardReport check(Unit unit) {
		DriftCheck check = new DriftCheck(new LiveSchemaReader(this.settings.timeout()), this.settings.options(),
				this.settings.schemas());
		return this.settings.rules().apply(check.run(unit.name(), unit.dataSource(), unit.expected()));
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

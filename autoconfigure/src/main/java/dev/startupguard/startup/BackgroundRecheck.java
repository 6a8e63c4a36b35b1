package dev.startupguard.startup;

import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.util.Assert;

import dev.startupguard.report.Recheck;

/**
 * {@link SmartLifecycle} that checks every subject again at a fixed interval, on one
 * daemon thread of its own, from the time the application context has started until it
 * closes.
 * <p>
 * A recheck replaces the latest reports only when it is done, so health, endpoint and
 * metrics keep answering from the previous reports while it runs, however long it takes.
 * The next recheck starts one interval after the previous one ended: a slow database
 * never piles rechecks up. A check that cannot reach its database reports a
 * {@code CHECK_ERROR}; anything else a recheck throws is logged, and the next recheck
 * runs as planned.
 *
 * @author Startup Guard contributors
 * @since 0.1.0
 */
public class BackgroundRecheck implements SmartLifecycle {

	private static final Logger logger = LoggerFactory.getLogger(BackgroundRecheck.class);

	private final Recheck checks;

	private final Duration interval;

	private final Object lifecycleMonitor = new Object();

	private @Nullable ScheduledExecutorService scheduler;

	/**
	 * Create a background recheck.
	 * @param checks the checks to run again
	 * @param interval the time between the end of one recheck and the start of the next
	 */
	public BackgroundRecheck(Recheck checks, Duration interval) {
		Assert.notNull(checks, "'checks' must not be null");
		Assert.notNull(interval, "'interval' must not be null");
		Assert.isTrue(interval.toMillis() > 0, "'interval' must be positive");
		this.checks = checks;
		this.interval = interval;
	}

	@Override
	public void start() {
		synchronized (this.lifecycleMonitor) {
			if (this.scheduler != null) {
				return;
			}
			ScheduledExecutorService scheduler = Executors.newSingleThreadScheduledExecutor((task) -> {
				Thread thread = new Thread(task, "startup-guard-recheck");
				thread.setDaemon(true);
				return thread;
			});
			long millis = this.interval.toMillis();
			scheduler.scheduleWithFixedDelay(this::recheck, millis, millis, TimeUnit.MILLISECONDS);
			this.scheduler = scheduler;
			logger.debug("Rechecking every {}", this.interval);
		}
	}

	void recheck() {
		try {
			this.checks.recheck();
		}
		catch (Exception ex) {
			// a task that throws is never run again: log, and keep the schedule
			logger.warn("Startup Guard could not recheck; the previous reports stay in place", ex);
		}
	}

	@Override
	public void stop() {
		synchronized (this.lifecycleMonitor) {
			if (this.scheduler != null) {
				// a recheck blocked in the driver does not hold the context up: the
				// thread
				// is a daemon, and its report is simply never read
				this.scheduler.shutdownNow();
				this.scheduler = null;
			}
		}
	}

	@Override
	public boolean isRunning() {
		synchronized (this.lifecycleMonitor) {
			return this.scheduler != null;
		}
	}

	/**
	 * Return the interval between rechecks.
	 * @return the interval
	 */
	public Duration getInterval() {
		return this.interval;
	}

}

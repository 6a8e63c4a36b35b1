package dev.startupguard.check;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executor;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import dev.startupguard.report.Finding;
import dev.startupguard.report.FindingKind;
import dev.startupguard.report.Findings;
import dev.startupguard.report.Subject;
import dev.startupguard.report.SubjectReport;

/**
 * {@link SubjectCheck} that waits no longer than a timeout for another: the check runs on
 * the executor, and one that has not finished in time is reported as a
 * {@link FindingKind#CHECK_ERROR} that says so. The late check is abandoned: it ends by
 * itself, and its result is dropped, so it never replaces a newer report. JDBC cannot
 * bound everything a check waits for (a connection from a pool waits for the pool's own
 * timeout), which is why the wait itself is bounded.
 *
 * @author Startup Guard contributors
 * @since 0.1.0
 */
public final class TimeBoundCheck implements SubjectCheck {

	private final SubjectCheck check;

	private final Duration timeout;

	private final Executor executor;

	private final Clock clock;

	/**
	 * Create a check bounded in time.
	 * @param check the check to run
	 * @param timeout how long to wait for it
	 * @param executor where it runs
	 */
	public TimeBoundCheck(SubjectCheck check, Duration timeout, Executor executor) {
		this.check = check;
		this.timeout = timeout;
		this.executor = executor;
		this.clock = Clock.systemUTC();
	}

	@Override
	public Subject subject() {
		return this.check.subject();
	}

	@Override
	public SubjectReport run() {
		Instant start = this.clock.instant();
		try {
			return CompletableFuture.supplyAsync(this.check::run, this.executor)
				.get(this.timeout.toNanos(), TimeUnit.NANOSECONDS);
		}
		catch (TimeoutException ex) {
			return error(start, "did not finish within startup-guard.check-timeout (" + this.timeout.toMillis()
					+ " ms), so drift is unknown; the late check is abandoned and its result will not be used");
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			return error(start, "was interrupted before it finished, so drift is unknown");
		}
		catch (RejectedExecutionException ex) {
			return error(start, "could not start: the application is shutting down");
		}
		catch (ExecutionException ex) {
			Throwable cause = ex.getCause();
			return error(start, "could not run, so drift is unknown: "
					+ CheckErrors.describe((cause instanceof Exception exception) ? exception : ex));
		}
	}

	private SubjectReport error(Instant start, String what) {
		Finding error = Finding.of(FindingKind.CHECK_ERROR, null, null, "The schema check " + what, null, null);
		return new SubjectReport(subject(), Map.of(), start, Duration.between(start, this.clock.instant()),
				Findings.of(List.of(error)), List.of());
	}

}

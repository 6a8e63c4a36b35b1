package dev.startupguard.schema.live;

import java.time.Duration;

/**
 * The moment by which one check must be done: every catalog query of the check takes its
 * timeout from what is left, so that the check as a whole, not each of its queries, is
 * bounded by {@code startup-guard.check-timeout}.
 *
 * @author Startup Guard contributors
 * @since 0.1.0
 */
public final class CheckDeadline {

	private final Duration timeout;

	// System.nanoTime(), which wall-clock adjustments do not move
	private final long end;

	private CheckDeadline(Duration timeout) {
		this.timeout = timeout;
		this.end = System.nanoTime() + timeout.toNanos();
	}

	/**
	 * Return the deadline the given time from now.
	 * @param timeout the time the check may take
	 * @return the deadline
	 */
	public static CheckDeadline in(Duration timeout) {
		return new CheckDeadline(timeout);
	}

	/**
	 * Return the time the check was given.
	 * @return the timeout
	 */
	public Duration timeout() {
		return this.timeout;
	}

	/**
	 * Return the time left, zero or negative once the deadline has passed.
	 * @return the time left
	 */
	public Duration remaining() {
		return Duration.ofNanos(this.end - System.nanoTime());
	}

}

package dev.startupguard.report;

/**
 * How much a finding matters to the running application, most severe first.
 *
 * @author Startup Guard contributors
 * @since 0.1.0
 */
public enum Severity {

	/**
	 * The application will fail at run time: a statement it issues cannot succeed.
	 */
	ERROR,

	/**
	 * The application may fail, lose data or lose integrity.
	 */
	WARNING,

	/**
	 * Worth knowing; nothing breaks.
	 */
	INFO;

	/**
	 * Return whether this severity is at least as severe as the given one.
	 * @param other the severity to compare with
	 * @return {@code true} if this severity is the same as or more severe than
	 * {@code other}
	 */
	public boolean isAtLeast(Severity other) {
		return ordinal() <= other.ordinal();
	}

}

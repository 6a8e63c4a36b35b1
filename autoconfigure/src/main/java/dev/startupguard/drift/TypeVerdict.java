package dev.startupguard.drift;

import org.jspecify.annotations.Nullable;

/**
 * What a live column type means for the values a mapping writes to it.
 *
 * @param outcome the outcome
 * @param reason why, in a few words, for the finding's message; {@code null} when
 * compatible
 * @param consequence what breaks, where it is not what the outcome usually means (an
 * incompatible type whose values save and load, but changed); {@code null} otherwise
 * @author Startup Guard contributors
 */
record TypeVerdict(Outcome outcome, @Nullable String reason, @Nullable String consequence) {

	static final TypeVerdict COMPATIBLE = new TypeVerdict(Outcome.COMPATIBLE, null);

	TypeVerdict(Outcome outcome, @Nullable String reason) {
		this(outcome, reason, null);
	}

	static TypeVerdict narrower(String reason) {
		return new TypeVerdict(Outcome.NARROWER, reason);
	}

	static TypeVerdict narrowerPrecision(String reason) {
		return new TypeVerdict(Outcome.NARROWER_PRECISION, reason);
	}

	static TypeVerdict lossy(String reason) {
		return new TypeVerdict(Outcome.LOSSY, reason);
	}

	static TypeVerdict incompatible(String reason) {
		return new TypeVerdict(Outcome.INCOMPATIBLE, reason);
	}

	static TypeVerdict incompatible(String reason, String consequence) {
		return new TypeVerdict(Outcome.INCOMPATIBLE, reason, consequence);
	}

	static TypeVerdict binaryAsText(String reason) {
		return new TypeVerdict(Outcome.BINARY_AS_TEXT, reason);
	}

	enum Outcome {

		/**
		 * Every value the mapping writes fits and reads back unchanged.
		 */
		COMPATIBLE,

		/**
		 * Same kind of value, but some values are too long or too large.
		 */
		NARROWER,

		/**
		 * Same kind of value, but fractional seconds are cut.
		 */
		NARROWER_PRECISION,

		/**
		 * The database converts the values, losing part of them (a zone, a fraction).
		 */
		LOSSY,

		/**
		 * Bytes stored in a text column: those that are text in the column's character
		 * set save and load unchanged, others fail or are replaced.
		 */
		BINARY_AS_TEXT,

		/**
		 * Writing or reading the values fails.
		 */
		INCOMPATIBLE

	}

}

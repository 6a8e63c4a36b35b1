package dev.startupguard.schema;

/**
 * Kind of value a column type holds, whatever the database calls it.
 *
 * @author Startup Guard contributors
 * @since 0.1.0
 */
public enum TypeFamily {

	/**
	 * Character strings of fixed, bounded or unbounded length, including character large
	 * objects.
	 */
	STRING,

	/**
	 * Whole numbers; the type's length is its storage size in bytes.
	 */
	INTEGER,

	/**
	 * Exact numbers with precision and scale.
	 */
	DECIMAL,

	/**
	 * Approximate numbers; the type's length is its storage size in bytes.
	 */
	FLOAT,

	/**
	 * True or false, including single bits.
	 */
	BOOLEAN,

	/**
	 * Calendar dates.
	 */
	DATE,

	/**
	 * Times of day without a zone.
	 */
	TIME,

	/**
	 * Times of day with a zone offset.
	 */
	TIME_TZ,

	/**
	 * Date and time without a zone.
	 */
	TIMESTAMP,

	/**
	 * Date and time with a zone, or an instant.
	 */
	TIMESTAMP_TZ,

	/**
	 * Durations.
	 */
	INTERVAL,

	/**
	 * Byte strings of fixed, bounded or unbounded length, including binary large objects.
	 */
	BINARY,

	/**
	 * PostgreSQL large-object references.
	 */
	LARGE_OBJECT,

	/**
	 * Universally unique identifiers stored natively.
	 */
	UUID,

	/**
	 * JSON documents.
	 */
	JSON,

	/**
	 * XML documents.
	 */
	XML,

	/**
	 * Native enumerated types.
	 */
	ENUM,

	/**
	 * Arrays of another type.
	 */
	ARRAY,

	/**
	 * Anything else, compared by its declaration.
	 */
	OTHER

}

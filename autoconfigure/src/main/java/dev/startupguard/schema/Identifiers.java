package dev.startupguard.schema;

import java.util.Locale;

/**
 * How a database stores and compares identifiers: the case it folds unquoted names to,
 * and whether table and column names compare case-sensitively once stored.
 *
 * @param unquotedCase the case unquoted identifiers are stored in
 * @param caseSensitiveTables whether two table names differing only in case name two
 * tables
 * @param caseSensitiveColumns whether two column names differing only in case name two
 * columns
 * @author Startup Guard contributors
 * @since 0.1.0
 */
public record Identifiers(IdentifierCase unquotedCase, boolean caseSensitiveTables, boolean caseSensitiveColumns) {

	/**
	 * PostgreSQL's rules: unquoted names fold to lower case, stored names are exact.
	 */
	public static final Identifiers POSTGRESQL = new Identifiers(IdentifierCase.LOWER, true, true);

	/**
	 * H2's default rules: unquoted names fold to upper case, stored names are exact.
	 */
	public static final Identifiers H2 = new Identifiers(IdentifierCase.UPPER, true, true);

	/**
	 * Return the name as the database stores it.
	 * @param name the name as written in a mapping or a statement, without quotes
	 * @param quoted whether the name was quoted, which keeps its case
	 * @return the stored name
	 */
	public String stored(String name, boolean quoted) {
		if (quoted) {
			return name;
		}
		return switch (this.unquotedCase) {
			case LOWER -> name.toLowerCase(Locale.ROOT);
			case UPPER -> name.toUpperCase(Locale.ROOT);
			case MIXED -> name;
		};
	}

	/**
	 * Return the key under which a stored table name is matched.
	 * @param storedName a table name as stored
	 * @return the matching key
	 */
	public String tableKey(String storedName) {
		return this.caseSensitiveTables ? storedName : storedName.toLowerCase(Locale.ROOT);
	}

	/**
	 * Return the key under which a stored column name is matched.
	 * @param storedName a column name as stored
	 * @return the matching key
	 */
	public String columnKey(String storedName) {
		return this.caseSensitiveColumns ? storedName : storedName.toLowerCase(Locale.ROOT);
	}

	/**
	 * Case a database stores unquoted identifiers in.
	 */
	public enum IdentifierCase {

		/**
		 * Folded to lower case (PostgreSQL).
		 */
		LOWER,

		/**
		 * Folded to upper case (H2, the SQL standard).
		 */
		UPPER,

		/**
		 * Kept as written (MySQL and MariaDB).
		 */
		MIXED

	}

}

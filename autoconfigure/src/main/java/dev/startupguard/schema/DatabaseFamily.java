package dev.startupguard.schema;

import java.util.Locale;

/**
 * Family of databases that share type names, identifier rules and SQL syntax.
 *
 * @author Startup Guard contributors
 * @since 0.1.0
 */
public enum DatabaseFamily {

	/**
	 * PostgreSQL and databases that speak its catalog.
	 */
	POSTGRESQL,

	/**
	 * MySQL and MariaDB.
	 */
	MYSQL,

	/**
	 * H2, in any compatibility mode.
	 */
	H2,

	/**
	 * Any other database, read through plain JDBC metadata.
	 */
	OTHER;

	/**
	 * Return the family of a database from the product name its JDBC driver reports.
	 * @param productName the value of {@code DatabaseMetaData#getDatabaseProductName()}
	 * @return the family, {@link #OTHER} when the product is not one with a fast path
	 */
	public static DatabaseFamily fromProductName(String productName) {
		String name = productName.toLowerCase(Locale.ROOT);
		if (name.contains("postgres")) {
			return POSTGRESQL;
		}
		if (name.contains("mysql") || name.contains("mariadb")) {
			return MYSQL;
		}
		if (name.equals("h2")) {
			return H2;
		}
		return OTHER;
	}

}

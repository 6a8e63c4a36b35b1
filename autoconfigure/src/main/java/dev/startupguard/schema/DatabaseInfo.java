package dev.startupguard.schema;

/**
 * What the guard knows of the database it reads: product, family, identifier rules and
 * the schema a connection uses by default. Never a URL or a user name.
 *
 * @param productName the product name the JDBC driver reports
 * @param productVersion the product version the JDBC driver reports
 * @param family the database family
 * @param identifiers how the database stores and compares identifiers
 * @param defaultSchema the schema unqualified names resolve to (the database on MySQL and
 * MariaDB)
 * @author Startup Guard contributors
 * @since 0.1.0
 */
public record DatabaseInfo(String productName, String productVersion, DatabaseFamily family, Identifiers identifiers,
		String defaultSchema) {

}

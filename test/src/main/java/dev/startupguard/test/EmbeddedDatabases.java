package dev.startupguard.test;

import java.util.Locale;
import java.util.Set;

import dev.startupguard.report.GuardReport;
import dev.startupguard.report.SubjectReport;

/**
 * What a migrated schema test says about embedded databases, and how it recognizes one in
 * a report.
 *
 * @author Startup Guard contributors
 */
final class EmbeddedDatabases {

	/**
	 * Why an embedded database is a poor stand-in for the production one.
	 */
	static final String DIALECT_WARNING = "an embedded database is not the database production runs, and dialect"
			+ " differences (types, defaults, identifier case, what DDL does) can hide drift there or report"
			+ " drift production does not have.";

	// the products of Spring Boot's EmbeddedDatabaseConnection, as their drivers name
	// them
	private static final Set<String> PRODUCTS = Set.of("h2", "hsql database engine", "apache derby");

	private EmbeddedDatabases() {
	}

	/**
	 * Return whether any subject of a report was checked against an embedded database.
	 * @param report the report
	 * @return whether it was
	 */
	static boolean checkedAgainstEmbedded(GuardReport report) {
		return report.subjects()
			.stream()
			.map((subject) -> subject.details().get(SubjectReport.DATABASE_PRODUCT))
			.anyMatch((product) -> product != null && PRODUCTS.contains(product.toString().toLowerCase(Locale.ROOT)));
	}

}

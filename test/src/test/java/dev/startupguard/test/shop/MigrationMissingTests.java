package dev.startupguard.test.shop;

import org.junit.jupiter.api.Test;

import dev.startupguard.report.FindingKind;
import dev.startupguard.report.GuardReport;
import dev.startupguard.report.Severity;

import static dev.startupguard.test.StartupGuardAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * The shop's migrations without the step that adds the customer's email and the orders'
 * table: the assertion fails with the report a developer sees at startup, and its fix SQL
 * is the missing migration.
 */
abstract class MigrationMissingTests {

	@Test
	void assertionFailsWithTheFixSqlOfTheMissingMigration(GuardReport report) {
		assertThatExceptionOfType(AssertionError.class)
			.isThrownBy(() -> assertThat(report).hasNoFindingsAtOrAbove(Severity.WARNING))
			.withMessageContaining("ERROR MISSING_COLUMN")
			.withMessageContaining("ALTER TABLE customer ADD COLUMN email varchar(120)")
			.withMessageContaining("ERROR MISSING_TABLE")
			.withMessageContaining("CREATE TABLE purchase_order")
			.withMessageContaining("Startup Guard check failed: 2 finding(s) at or above WARNING.");
	}

	@Test
	void reportNamesTheMissingTableAndColumn(GuardReport report) {
		assertThat(report).hasFinding(FindingKind.MISSING_COLUMN, "customer", "email")
			.hasFinding(FindingKind.MISSING_TABLE, "purchase_order", null);
	}

}

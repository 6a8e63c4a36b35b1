package dev.startupguard.examples.library;

import org.junit.jupiter.api.Test;

import dev.startupguard.report.FindingKind;
import dev.startupguard.report.GuardReport;
import dev.startupguard.report.Severity;
import dev.startupguard.test.MigratedSchemaTest;

import static dev.startupguard.test.StartupGuardAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * What the build says when a migration is missing: here Liquibase stops at the tag
 * {@code release-1}, as if changeset {@code 5-unique-isbn} had never been written, while
 * {@code Book} declares ISBNs unique. The assertion a team writes fails, and its message
 * is the report with the SQL the missing changeset has to run.
 */
@MigratedSchemaTest(databaseUrl = LibrarySchemaTests.POSTGRES, properties = "spring.liquibase.tag=release-1")
class MissingMigrationTests {

	@Test
	void theAssertionFailsWithTheReportAndTheFix(GuardReport report) {
		assertThat(report).hasFinding(FindingKind.MISSING_UNIQUE_CONSTRAINT, "book", "isbn");
		assertThatExceptionOfType(AssertionError.class)
			.isThrownBy(() -> assertThat(report).hasNoFindingsAtOrAbove(Severity.WARNING))
			.withMessageContaining("WARNING MISSING_UNIQUE_CONSTRAINT")
			.withMessageContaining("ALTER TABLE book ADD CONSTRAINT uk_book_isbn UNIQUE (isbn)");
	}

}

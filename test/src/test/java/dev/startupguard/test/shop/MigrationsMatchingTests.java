package dev.startupguard.test.shop;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import dev.startupguard.report.FindingKind;
import dev.startupguard.report.GuardReport;
import dev.startupguard.report.LatestReport;
import dev.startupguard.report.Severity;
import dev.startupguard.report.SubjectKind;

import static dev.startupguard.test.StartupGuardAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * The shop's complete migrations, applied by a real migration tool to a fresh database:
 * the entities match what they build. Each subclass names the database and the tool.
 */
abstract class MigrationsMatchingTests {

	@Test
	void entitiesMatchTheSchemaTheMigrationsBuild(GuardReport report) {
		assertThat(report).hasNoFindingsAtOrAbove(Severity.WARNING).hasNoFindings();
	}

	@Test
	void reportIsTheContextsLatestReportWithTheMigrationsApplied(GuardReport report, @Autowired LatestReport latest) {
		assertThat(latest.get()).isEqualTo(report);
		assertThat(report.subjects(SubjectKind.PERSISTENCE_UNIT)).hasSize(1);
		assertThat(report.subjects(SubjectKind.MIGRATION_TOOL)).singleElement()
			.satisfies((tool) -> assertThat(tool.findings().toList()).isNotEmpty());
	}

	@Test
	void findingThatIsNotThereFailsWithTheReport(GuardReport report) {
		assertThatExceptionOfType(AssertionError.class)
			.isThrownBy(() -> assertThat(report).hasFinding(FindingKind.MISSING_TABLE, "purchase_order", null))
			.withMessageContaining("Expected a MISSING_TABLE finding on purchase_order")
			.withMessageContaining("Startup Guard checked persistence unit");
	}

}

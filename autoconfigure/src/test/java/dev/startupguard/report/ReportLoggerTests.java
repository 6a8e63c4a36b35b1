package dev.startupguard.report;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Tests for {@link ReportLogger}'s advice.
 */
class ReportLoggerTests {

	@Test
	void warningsThatAreOnlyForReviewDoNotSayTheMigrationsAreOutOfStep() {
		SubjectReport report = migrations(finding(FindingKind.MIGRATION_LINT),
				finding(FindingKind.MIGRATION_APPLIED_AT_START));
		assertThat(ReportLogger.advice(report)).hasValueSatisfying((advice) -> assertThat(advice)
			.startsWith("Nothing here differs from what the code expects: the warnings are for review")
			.doesNotContain("not in the state"));
	}

	@Test
	void aDifferenceBesideAReviewGetsTheSubjectsAdvice() {
		SubjectReport report = migrations(finding(FindingKind.MIGRATION_LINT), finding(FindingKind.MIGRATION_PENDING));
		assertThat(ReportLogger.advice(report)).hasValue(SubjectKind.MIGRATION_TOOL.advice());
	}

	@Test
	void infoAloneGetsNoAdvice() {
		assertThat(ReportLogger.advice(migrations(finding(FindingKind.MIGRATION_APPLIED_AT_START)))).isEmpty();
	}

	private static SubjectReport migrations(Finding... findings) {
		return new SubjectReport(Subject.migrationTool("liquibase"), Map.of(), Instant.EPOCH, Duration.ZERO,
				Findings.of(List.of(findings)), List.of());
	}

	private static Finding finding(FindingKind kind) {
		return Finding.of(kind, "DATABASECHANGELOG", null, kind.name(), null, null);
	}

}

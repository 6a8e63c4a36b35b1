package dev.startupguard.startup;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;
import org.springframework.boot.diagnostics.FailureAnalysis;

import dev.startupguard.report.DriftAction;
import dev.startupguard.report.Finding;
import dev.startupguard.report.FindingKind;
import dev.startupguard.report.Findings;
import dev.startupguard.report.FixRisk;
import dev.startupguard.report.Severity;
import dev.startupguard.report.StartDecision;
import dev.startupguard.report.Subject;
import dev.startupguard.report.SubjectReport;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Tests for {@link StartRefusedFailureAnalyzer}.
 */
class StartRefusedFailureAnalyzerTests {

	private static final StartDecision FAIL_ON_ERRORS = new StartDecision(DriftAction.FAIL, Severity.ERROR,
			DriftAction.WARN);

	@Test
	void describesOnlyTheFindingsThatRefuseTheStart() {
		Finding error = Finding.of(FindingKind.MISSING_COLUMN, "customer", "tier",
				"Column customer.tier does not exist", "ALTER TABLE customer ADD COLUMN tier varchar(20)",
				FixRisk.SAFE);
		Finding warning = Finding.of(FindingKind.MISSING_INDEX, "customer", "name", "No index on customer (name)",
				"CREATE INDEX idx ON customer (name)", FixRisk.SAFE);
		FailureAnalysis analysis = analyze(report("default", error, warning));
		assertThat(analysis.getDescription()).isEqualTo("The database schema of persistence unit 'default' (H2 2.4)"
				+ " does not match its entities: 1 finding(s) refuse the start.\n\n"
				+ "    - ERROR MISSING_COLUMN: Column customer.tier does not exist Fix (SAFE): ALTER TABLE customer"
				+ " ADD COLUMN tier varchar(20)");
		assertThat(analysis.getAction()).startsWith("Apply the migrations this code needs before deploying it")
			.contains("startup-guard.severity.<KIND>=warning")
			.contains("startup-guard.suppress")
			.contains("startup-guard.on-drift=warn");
	}

	@Test
	void capsTheListAndCountsTheRest() {
		Finding[] findings = IntStream.range(0, 25)
			.mapToObj((i) -> Finding.of(FindingKind.MISSING_TABLE, "t" + (100 + i), null,
					"Table t" + (100 + i) + " does not exist", null, null))
			.toArray(Finding[]::new);
		FailureAnalysis analysis = analyze(report("default", findings));
		assertThat(analysis.getDescription()).contains("25 finding(s) refuse the start")
			.contains("- ERROR MISSING_TABLE: Table t119 does not exist")
			.doesNotContain("Table t120 does not exist")
			.contains("... and 5 more; the log lists every finding.");
	}

	@Test
	void checkErrorExplainsHowToMakeTheCatalogReadable() {
		Finding error = Finding.of(FindingKind.CHECK_ERROR, null, null, "The schema check could not run", null, null);
		StartDecision decision = new StartDecision(DriftAction.WARN, Severity.ERROR, DriftAction.FAIL);
		FailureAnalysis analysis = new StartRefusedFailureAnalyzer().analyze(null,
				new StartRefusedException(List.of(report("default", error)), decision));
		assertThat(analysis.getDescription()).contains("- ERROR CHECK_ERROR: The schema check could not run");
		assertThat(analysis.getAction())
			.isEqualTo("Make the database reachable and its catalog readable by the application's user, or set"
					+ " startup-guard.on-check-error=warn to start without the check.");
	}

	@Test
	void namesEveryRefusingUnit() {
		Finding error = Finding.of(FindingKind.MISSING_TABLE, "t", null, "Table t does not exist", null, null);
		FailureAnalysis analysis = new StartRefusedFailureAnalyzer().analyze(null,
				new StartRefusedException(List.of(report("sales", error), report("audit", error)), FAIL_ON_ERRORS));
		assertThat(analysis.getDescription()).contains("persistence unit 'sales'").contains("persistence unit 'audit'");
	}

	@Test
	void checkErrorUnderFailingDriftGivesNoMigrationAdvice() {
		Finding error = Finding.of(FindingKind.CHECK_ERROR, null, null, "The schema check could not run", null, null);
		StartDecision decision = new StartDecision(DriftAction.FAIL, Severity.ERROR, DriftAction.FAIL);
		FailureAnalysis analysis = new StartRefusedFailureAnalyzer().analyze(null,
				new StartRefusedException(List.of(report("default", error)), decision));
		assertThat(analysis.getAction()).startsWith("Make the database reachable").doesNotContain("migration");
	}

	private static FailureAnalysis analyze(SubjectReport report) {
		return new StartRefusedFailureAnalyzer().analyze(null,
				new StartRefusedException(List.of(report), FAIL_ON_ERRORS));
	}

	private static SubjectReport report(String unit, Finding... findings) {
		return new SubjectReport(Subject.persistenceUnit(unit),
				Map.of(SubjectReport.DATABASE_PRODUCT, "H2", SubjectReport.DATABASE_VERSION, "2.4"), Instant.EPOCH,
				Duration.ofMillis(3), Findings.of(List.of(findings)), List.of());
	}

}

package dev.startupguard.health;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.Status;

import dev.startupguard.report.Finding;
import dev.startupguard.report.GuardReport;
import dev.startupguard.report.Severity;
import dev.startupguard.report.SuppressedFinding;
import dev.startupguard.startup.SchemaDriftChecks;

import static dev.startupguard.report.GuardReports.CHECKED_AT;
import static dev.startupguard.report.GuardReports.checkError;
import static dev.startupguard.report.GuardReports.missingColumn;
import static dev.startupguard.report.GuardReports.narrowerColumn;
import static dev.startupguard.report.GuardReports.report;
import static dev.startupguard.report.GuardReports.unmappedTable;
import static dev.startupguard.report.GuardReports.unmappedTables;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.entry;
import static org.assertj.core.api.InstanceOfAssertFactories.MAP;
import static org.mockito.BDDMockito.given;
import static org.mockito.BDDMockito.then;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.times;

/**
 * Tests for {@link SchemaDriftHealthIndicator}.
 */
class SchemaDriftHealthIndicatorTests {

	private final SchemaDriftChecks checks = mock(SchemaDriftChecks.class);

	@Test
	void cleanSchemaIsUpWithEveryDetail() {
		given(this.checks.reports()).willReturn(Map.of("default", report()));
		Health health = new SchemaDriftHealthIndicator(this.checks).health();
		assertThat(health.getStatus()).isEqualTo(Status.UP);
		assertThat(health.getDetails()).containsOnly(entry("databaseProduct", "PostgreSQL"),
				entry("databaseVersion", "16.4"), entry("checkedAt", CHECKED_AT), entry("durationMillis", 42L),
				entry("counts", counts(0, 0, 0)), entry("suppressed", 0), entry("findings", List.of()));
	}

	@Test
	void errorFindingIsDownAndListed() {
		given(this.checks.reports()).willReturn(Map.of("default", report(missingColumn(), unmappedTable("audit"))));
		Health health = new SchemaDriftHealthIndicator(this.checks).health();
		assertThat(health.getStatus()).isEqualTo(Status.DOWN);
		assertThat(health.getDetails()).containsOnly(entry("databaseProduct", "PostgreSQL"),
				entry("databaseVersion", "16.4"), entry("checkedAt", CHECKED_AT), entry("durationMillis", 42L),
				entry("counts", counts(1, 0, 1)), entry("suppressed", 0),
				entry("findings", List.of(
						finding("ERROR", "MISSING_COLUMN", "customer", "name", "Column customer.name does not exist.",
								"ALTER TABLE customer ADD COLUMN name varchar(80)", "SAFE"),
						finding("INFO", "UNMAPPED_TABLE", "audit", null, "Table audit is mapped by no entity.", null,
								null))));
	}

	@Test
	void warningsAloneAreUp() {
		given(this.checks.reports()).willReturn(Map.of("default", report(narrowerColumn())));
		Health health = new SchemaDriftHealthIndicator(this.checks).health();
		assertThat(health.getStatus()).isEqualTo(Status.UP);
		assertThat(health.getDetails()).containsEntry("counts", counts(0, 1, 0));
	}

	@Test
	void errorLoweredToWarningBySeverityOverrideIsUp() {
		given(this.checks.reports())
			.willReturn(Map.of("default", report(missingColumn().withSeverity(Severity.WARNING))));
		assertThat(new SchemaDriftHealthIndicator(this.checks).health().getStatus()).isEqualTo(Status.UP);
	}

	@Test
	void suppressedErrorIsUpAndCounted() {
		GuardReport report = report("default", List.of(),
				List.of(new SuppressedFinding(missingColumn(), "dropped next release")));
		given(this.checks.reports()).willReturn(Map.of("default", report));
		Health health = new SchemaDriftHealthIndicator(this.checks).health();
		assertThat(health.getStatus()).isEqualTo(Status.UP);
		assertThat(health.getDetails()).containsEntry("suppressed", 1)
			.containsEntry("counts", counts(0, 0, 0))
			.containsEntry("findings", List.of());
	}

	@Test
	void checkThatCouldNotRunIsUnknown() {
		given(this.checks.reports()).willReturn(Map.of("default", report(checkError())));
		Health health = new SchemaDriftHealthIndicator(this.checks).health();
		assertThat(health.getStatus()).isEqualTo(Status.UNKNOWN);
		assertThat(health.getDetails()).containsEntry("counts", counts(1, 0, 0))
			.containsEntry("findings", List.of(finding("ERROR", "CHECK_ERROR", null, null,
					"The schema check could not run, so drift is unknown: Connection refused", null, null)));
	}

	@Test
	void findingsAreCappedMostSevereFirst() {
		List<Finding> findings = new ArrayList<>(unmappedTables(60));
		findings.add(missingColumn());
		given(this.checks.reports()).willReturn(Map.of("default", report(findings.toArray(Finding[]::new))));
		Health health = new SchemaDriftHealthIndicator(this.checks).health();
		assertThat(health.getDetails()).containsEntry("counts", counts(1, 0, 60)).containsEntry("omittedFindings", 11);
		List<?> shown = (List<?>) health.getDetails().get("findings");
		assertThat(shown).hasSize(SchemaDriftHealthIndicator.MAX_FINDINGS);
		assertThat(shown.get(0)).asInstanceOf(MAP).containsEntry("kind", "MISSING_COLUMN");
	}

	@Test
	void notCheckedYetIsUnknown() {
		given(this.checks.reports()).willReturn(Map.of());
		Health health = new SchemaDriftHealthIndicator(this.checks).health();
		assertThat(health.getStatus()).isEqualTo(Status.UNKNOWN);
		assertThat(health.getDetails()).containsOnly(entry("reason", "The schema has not been checked yet"));
	}

	@Test
	void unitIndicatorJudgesItsUnitOnly() {
		given(this.checks.reports()).willReturn(Map.of("orders", report("orders", List.of(missingColumn()), List.of()),
				"audit", report("audit", List.of(), List.of())));
		assertThat(new SchemaDriftHealthIndicator(this.checks, "audit").health().getStatus()).isEqualTo(Status.UP);
		assertThat(new SchemaDriftHealthIndicator(this.checks, "orders").health().getStatus()).isEqualTo(Status.DOWN);
		assertThat(new SchemaDriftHealthIndicator(this.checks, "billing").health().getStatus())
			.isEqualTo(Status.UNKNOWN);
	}

	@Test
	void severalUnitsBehindOneIndicatorAreEachReportedAndTheWorstWins() {
		Map<String, GuardReport> reports = new LinkedHashMap<>();
		reports.put("orders", report("orders", List.of(checkError()), List.of()));
		reports.put("audit", report("audit", List.of(), List.of()));
		given(this.checks.reports()).willReturn(reports);
		Health health = new SchemaDriftHealthIndicator(this.checks).health();
		assertThat(health.getStatus()).isEqualTo(Status.UNKNOWN);
		assertThat(health.getDetails()).containsOnlyKeys("orders", "audit");
		assertThat(health.getDetails().get("audit")).asInstanceOf(MAP).containsEntry("status", "UP");
	}

	@Test
	void healthReadsTheLatestReportsAndNothingElse() {
		given(this.checks.reports()).willReturn(Map.of("default", report()));
		SchemaDriftHealthIndicator indicator = new SchemaDriftHealthIndicator(this.checks);
		for (int i = 0; i < 3; i++) {
			indicator.health();
		}
		then(this.checks).should(times(3)).reports();
		then(this.checks).shouldHaveNoMoreInteractions();
	}

	private static Map<String, Integer> counts(int errors, int warnings, int infos) {
		Map<String, Integer> counts = new LinkedHashMap<>();
		counts.put("ERROR", errors);
		counts.put("WARNING", warnings);
		counts.put("INFO", infos);
		return counts;
	}

	private static Map<String, Object> finding(String severity, String kind, String table, String column,
			String message, String fix, String fixRisk) {
		Map<String, Object> finding = new LinkedHashMap<>();
		finding.put("severity", severity);
		finding.put("kind", kind);
		finding.put("table", table);
		finding.put("column", column);
		finding.put("message", message);
		finding.put("fix", fix);
		finding.put("fixRisk", fixRisk);
		return finding;
	}

}

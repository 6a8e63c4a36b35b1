package dev.startupguard.health;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.Status;

import dev.startupguard.report.Finding;
import dev.startupguard.report.FindingKind;
import dev.startupguard.report.LatestReport;
import dev.startupguard.report.Severity;
import dev.startupguard.report.Subject;
import dev.startupguard.report.SubjectKind;
import dev.startupguard.report.SubjectReport;
import dev.startupguard.report.SuppressedFinding;

import static dev.startupguard.report.GuardReports.CHECKED_AT;
import static dev.startupguard.report.GuardReports.checkError;
import static dev.startupguard.report.GuardReports.described;
import static dev.startupguard.report.GuardReports.latest;
import static dev.startupguard.report.GuardReports.missingColumn;
import static dev.startupguard.report.GuardReports.narrowerColumn;
import static dev.startupguard.report.GuardReports.report;
import static dev.startupguard.report.GuardReports.settings;
import static dev.startupguard.report.GuardReports.unmappedTable;
import static dev.startupguard.report.GuardReports.unmappedTables;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.entry;
import static org.assertj.core.api.InstanceOfAssertFactories.MAP;

/**
 * Tests for {@link SubjectHealthIndicator}.
 */
class SubjectHealthIndicatorTests {

	@Test
	void cleanSchemaIsUpWithEveryDetail() {
		Health health = units(latest(report()));
		assertThat(health.getStatus()).isEqualTo(Status.UP);
		assertThat(health.getDetails()).containsOnly(entry("databaseProduct", "PostgreSQL"),
				entry("databaseVersion", "16.4"), entry("schemas", List.of("public")), entry("checkedAt", CHECKED_AT),
				entry("durationMillis", 42L), entry("counts", counts(0, 0, 0)), entry("suppressed", 0),
				entry("findings", List.of()));
	}

	@Test
	void errorFindingIsDownAndListed() {
		Health health = units(latest(report(missingColumn(), unmappedTable("audit"))));
		assertThat(health.getStatus()).isEqualTo(Status.DOWN);
		assertThat(health.getDetails()).containsOnly(entry("databaseProduct", "PostgreSQL"),
				entry("databaseVersion", "16.4"), entry("schemas", List.of("public")), entry("checkedAt", CHECKED_AT),
				entry("durationMillis", 42L), entry("counts", counts(1, 0, 1)), entry("suppressed", 0),
				entry("findings", List.of(
						described("ERROR", "MISSING_COLUMN", "customer", "name", "Column customer.name does not exist.",
								"ALTER TABLE customer ADD COLUMN name varchar(80)", "SAFE"),
						described("INFO", "UNMAPPED_TABLE", "audit", null, "Table audit is mapped by no entity.", null,
								null))));
	}

	@Test
	void warningsAloneAreUp() {
		Health health = units(latest(report(narrowerColumn())));
		assertThat(health.getStatus()).isEqualTo(Status.UP);
		assertThat(health.getDetails()).containsEntry("counts", counts(0, 1, 0));
	}

	@Test
	void errorLoweredToWarningBySeverityOverrideIsUp() {
		Health health = units(latest(report(missingColumn().withSeverity(Severity.WARNING))));
		assertThat(health.getStatus()).isEqualTo(Status.UP);
	}

	@Test
	void suppressedErrorIsUpAndCounted() {
		SubjectReport report = report("default", List.of(),
				List.of(new SuppressedFinding(missingColumn(), "dropped next release")));
		Health health = units(latest(report));
		assertThat(health.getStatus()).isEqualTo(Status.UP);
		assertThat(health.getDetails()).containsEntry("suppressed", 1)
			.containsEntry("counts", counts(0, 0, 0))
			.containsEntry("findings", List.of());
	}

	@Test
	void checkThatCouldNotRunIsUnknown() {
		Health health = units(latest(report(checkError())));
		assertThat(health.getStatus()).isEqualTo(Status.UNKNOWN);
		assertThat(health.getDetails()).containsEntry("counts", counts(1, 0, 0))
			.containsEntry("findings", List.of(described("ERROR", "CHECK_ERROR", null, null,
					"The schema check could not run, so drift is unknown: Connection refused", null, null)));
	}

	@Test
	void findingsAreCappedMostSevereFirst() {
		List<Finding> findings = new ArrayList<>(unmappedTables(60));
		findings.add(missingColumn());
		Health health = units(latest(report(findings.toArray(Finding[]::new))));
		assertThat(health.getDetails()).containsEntry("counts", counts(1, 0, 60)).containsEntry("omittedFindings", 11);
		List<?> shown = (List<?>) health.getDetails().get("findings");
		assertThat(shown).hasSize(SubjectHealth.MAX_FINDINGS);
		assertThat(shown.get(0)).asInstanceOf(MAP).containsEntry("kind", "MISSING_COLUMN");
	}

	@Test
	void notCheckedYetIsUnknown() {
		Health health = units(latest());
		assertThat(health.getStatus()).isEqualTo(Status.UNKNOWN);
		assertThat(health.getDetails()).containsOnly(entry("reason", "Not checked yet"));
	}

	@Test
	void unitIndicatorJudgesItsUnitOnly() {
		LatestReport latest = latest(report("orders", List.of(missingColumn()), List.of()),
				report("audit", List.of(), List.of()));
		assertThat(unit(latest, "audit").getStatus()).isEqualTo(Status.UP);
		assertThat(unit(latest, "orders").getStatus()).isEqualTo(Status.DOWN);
		assertThat(unit(latest, "billing").getStatus()).isEqualTo(Status.UNKNOWN);
	}

	@Test
	void severalUnitsBehindOneIndicatorAreEachReportedAndTheWorstWins() {
		Health health = units(
				latest(report("orders", List.of(checkError()), List.of()), report("audit", List.of(), List.of())));
		assertThat(health.getStatus()).isEqualTo(Status.UNKNOWN);
		assertThat(health.getDetails()).containsOnlyKeys("orders", "audit");
		assertThat(health.getDetails().get("audit")).asInstanceOf(MAP).containsEntry("status", "UP");
	}

	@Test
	void settingsIndicatorShowsTheSettingsSubjectOnly() {
		Finding setting = Finding.of(FindingKind.SCHEMA_MUTATION_SETTING, null, null,
				"spring.jpa.hibernate.ddl-auto=update changes the schema at every start.", null, null);
		LatestReport latest = latest(settings(setting), report(missingColumn()));
		Health health = new SubjectHealthIndicator(latest, SubjectKind.APPLICATION_SETTINGS).health();
		assertThat(health.getStatus()).isEqualTo(Status.UP);
		assertThat(health.getDetails()).containsEntry("production", true)
			.containsEntry("counts", counts(0, 1, 0))
			.containsEntry("findings", List.of(described("WARNING", "SCHEMA_MUTATION_SETTING", null, null,
					"spring.jpa.hibernate.ddl-auto=update changes the schema at every start.", null, null)));
		assertThat(units(latest).getDetails()).containsEntry("counts", counts(1, 0, 0));
	}

	@Test
	void settingRaisedToErrorIsDown() {
		Finding setting = Finding.of(FindingKind.SCHEMA_MUTATION_SETTING, null, null, "ddl-auto=update", null, null)
			.withSeverity(Severity.ERROR);
		assertThat(new SubjectHealthIndicator(latest(settings(setting)), SubjectKind.APPLICATION_SETTINGS).health()
			.getStatus()).isEqualTo(Status.DOWN);
	}

	private static Health units(LatestReport latest) {
		return new SubjectHealthIndicator(latest, SubjectKind.PERSISTENCE_UNIT).health();
	}

	private static Health unit(LatestReport latest, String unit) {
		return new SubjectHealthIndicator(latest, Subject.persistenceUnit(unit)).health();
	}

	private static Map<String, Integer> counts(int errors, int warnings, int infos) {
		Map<String, Integer> counts = new LinkedHashMap<>();
		counts.put("ERROR", errors);
		counts.put("WARNING", warnings);
		counts.put("INFO", infos);
		return counts;
	}

}

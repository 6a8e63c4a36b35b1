package dev.startupguard.endpoint;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import dev.startupguard.report.Finding;
import dev.startupguard.report.GuardReport;
import dev.startupguard.report.LatestReport;
import dev.startupguard.report.Recheck;
import dev.startupguard.report.SuppressedFinding;

import static dev.startupguard.report.GuardReports.CHECKED_AT;
import static dev.startupguard.report.GuardReports.checkError;
import static dev.startupguard.report.GuardReports.described;
import static dev.startupguard.report.GuardReports.latest;
import static dev.startupguard.report.GuardReports.missingColumn;
import static dev.startupguard.report.GuardReports.narrowerColumn;
import static dev.startupguard.report.GuardReports.report;
import static dev.startupguard.report.GuardReports.settings;
import static dev.startupguard.report.GuardReports.unmappedTables;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.entry;
import static org.assertj.core.api.InstanceOfAssertFactories.LIST;
import static org.assertj.core.api.InstanceOfAssertFactories.MAP;
import static org.mockito.BDDMockito.given;
import static org.mockito.BDDMockito.then;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;

/**
 * Tests for {@link SchemaDriftEndpoint}.
 */
class SchemaDriftEndpointTests {

	private final Recheck recheck = mock(Recheck.class);

	@Test
	void describesEverySubjectWithEveryFindingGroupedByKind() {
		SchemaDriftEndpoint endpoint = endpoint(
				latest(settings(), report("default", List.of(missingColumn(), narrowerColumn()),
						List.of(new SuppressedFinding(checkError(), "known outage")))));
		Map<String, Object> body = endpoint.schemaDrift();
		assertThat(body).containsOnlyKeys("persistenceUnits", "migrationTools", "applicationSettings");
		assertThat(body.get("migrationTools")).asInstanceOf(MAP).isEmpty();
		assertThat(body.get("applicationSettings")).asInstanceOf(MAP)
			.extractingByKey("application")
			.asInstanceOf(MAP)
			.containsEntry("outcome", "clean")
			.containsEntry("production", true);
		Map<String, Object> unit = unit(body, "default");
		assertThat(unit).containsExactly(entry("outcome", "drift"), entry("databaseProduct", "PostgreSQL"),
				entry("databaseVersion", "16.4"), entry("schemas", List.of("public")), entry("checkedAt", CHECKED_AT),
				entry("durationMillis", 42L),
				entry("findings", List.of(
						described("ERROR", "MISSING_COLUMN", "customer", "name", "Column customer.name does not exist.",
								"ALTER TABLE customer ADD COLUMN name varchar(80)", "SAFE"),
						described("WARNING", "NARROWER_COLUMN", "customer", "email",
								"Column customer.email is too short.",
								"ALTER TABLE customer ALTER COLUMN email TYPE varchar(120)", "RISKY"))),
				entry("suppressed",
						List.of(suppressed(described("ERROR", "CHECK_ERROR", null, null,
								"The schema check could not run, so drift is unknown: Connection refused", null, null),
								"known outage"))));
	}

	@Test
	void listsEveryFindingWithoutTheHealthCap() {
		Map<String, Object> body = endpoint(latest(report(unmappedTables(80).toArray(Finding[]::new)))).schemaDrift();
		assertThat(unit(body, "default").get("findings")).asInstanceOf(LIST).hasSize(80);
	}

	@Test
	void outcomeOfACheckThatCouldNotRunIsError() {
		assertThat(unit(endpoint(latest(report(checkError()))).schemaDrift(), "default")).containsEntry("outcome",
				"error");
	}

	@Test
	void selectsOneSubjectByName() {
		SchemaDriftEndpoint endpoint = endpoint(latest(settings(), report("orders", List.of(), List.of()),
				report("audit", List.of(missingColumn()), List.of())));
		assertThat(endpoint.subject("orders")).containsEntry("outcome", "clean");
		assertThat(endpoint.subject("audit")).containsEntry("outcome", "drift");
		assertThat(endpoint.subject("application")).containsEntry("production", true);
		assertThat(endpoint.subject("billing")).isNull();
	}

	@Test
	void readingNeverRechecks() {
		SchemaDriftEndpoint endpoint = endpoint(latest(report()));
		endpoint.schemaDrift();
		endpoint.subject("default");
		then(this.recheck).should(never()).recheck();
	}

	@Test
	void writeOperationRechecksAndReturnsTheNewReport() {
		given(this.recheck.recheck()).willReturn(new GuardReport(List.of(report(missingColumn()))));
		Map<String, Object> body = endpoint(latest(report())).recheck();
		then(this.recheck).should().recheck();
		assertThat(unit(body, "default").get("findings")).asInstanceOf(LIST)
			.singleElement()
			.asInstanceOf(MAP)
			.containsEntry("kind", "MISSING_COLUMN");
	}

	private SchemaDriftEndpoint endpoint(LatestReport latest) {
		return new SchemaDriftEndpoint(latest, this.recheck);
	}

	@SuppressWarnings("unchecked")
	private static Map<String, Object> unit(Map<String, Object> body, String name) {
		return (Map<String, Object>) ((Map<?, ?>) body.get("persistenceUnits")).get(name);
	}

	private static Map<String, Object> suppressed(Map<String, Object> finding, String reason) {
		finding.put("reason", reason);
		return finding;
	}

}

package dev.startupguard.endpoint;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import dev.startupguard.endpoint.SchemaDriftEndpoint.FindingDescriptor;
import dev.startupguard.endpoint.SchemaDriftEndpoint.PersistenceUnitDescriptor;
import dev.startupguard.endpoint.SchemaDriftEndpoint.SchemaDriftDescriptor;
import dev.startupguard.endpoint.SchemaDriftEndpoint.SuppressedFindingDescriptor;
import dev.startupguard.report.Finding;
import dev.startupguard.report.FindingKind;
import dev.startupguard.report.FixRisk;
import dev.startupguard.report.Severity;
import dev.startupguard.report.SuppressedFinding;
import dev.startupguard.startup.SchemaDriftChecks;

import static dev.startupguard.report.GuardReports.CHECKED_AT;
import static dev.startupguard.report.GuardReports.checkError;
import static dev.startupguard.report.GuardReports.missingColumn;
import static dev.startupguard.report.GuardReports.narrowerColumn;
import static dev.startupguard.report.GuardReports.report;
import static dev.startupguard.report.GuardReports.unmappedTables;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.mockito.BDDMockito.given;
import static org.mockito.BDDMockito.then;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;

/**
 * Tests for {@link SchemaDriftEndpoint}.
 */
class SchemaDriftEndpointTests {

	private final SchemaDriftChecks checks = mock(SchemaDriftChecks.class);

	private final SchemaDriftEndpoint endpoint = new SchemaDriftEndpoint(this.checks);

	@Test
	void describesEveryUnitWithEveryFinding() {
		given(this.checks.reports())
			.willReturn(Map.of("default", report("default", List.of(missingColumn(), narrowerColumn()),
					List.of(new SuppressedFinding(checkError(), "known outage")))));
		SchemaDriftDescriptor descriptor = this.endpoint.schemaDrift();
		assertThat(descriptor.getPersistenceUnits()).containsOnlyKeys("default");
		PersistenceUnitDescriptor unit = descriptor.getPersistenceUnits().get("default");
		assertThat(unit.getOutcome()).isEqualTo("drift");
		assertThat(unit.getDatabaseProduct()).isEqualTo("PostgreSQL");
		assertThat(unit.getDatabaseVersion()).isEqualTo("16.4");
		assertThat(unit.getSchemas()).containsExactly("public");
		assertThat(unit.getCheckedAt()).isEqualTo(CHECKED_AT);
		assertThat(unit.getDurationMillis()).isEqualTo(42);
		assertThat(unit.getFindings())
			.extracting(FindingDescriptor::getSeverity, FindingDescriptor::getKind, FindingDescriptor::getTable,
					FindingDescriptor::getColumn, FindingDescriptor::getMessage, FindingDescriptor::getFix,
					FindingDescriptor::getFixRisk)
			.containsExactly(
					tuple(Severity.ERROR, FindingKind.MISSING_COLUMN, "customer", "name",
							"Column customer.name does not exist.", "ALTER TABLE customer ADD COLUMN name varchar(80)",
							FixRisk.SAFE),
					tuple(Severity.WARNING, FindingKind.NARROWER_COLUMN, "customer", "email",
							"Column customer.email is too short.",
							"ALTER TABLE customer ALTER COLUMN email TYPE varchar(120)", FixRisk.RISKY));
		assertThat(unit.getSuppressed())
			.extracting(SuppressedFindingDescriptor::getKind, SuppressedFindingDescriptor::getReason)
			.containsExactly(tuple(FindingKind.CHECK_ERROR, "known outage"));
	}

	@Test
	void listsEveryFindingWithoutTheHealthCap() {
		given(this.checks.reports()).willReturn(Map.of("default", report(unmappedTables(80).toArray(Finding[]::new))));
		assertThat(this.endpoint.schemaDrift().getPersistenceUnits().get("default").getFindings()).hasSize(80);
	}

	@Test
	void outcomeOfACheckThatCouldNotRunIsError() {
		given(this.checks.reports()).willReturn(Map.of("default", report(checkError())));
		assertThat(this.endpoint.schemaDrift().getPersistenceUnits().get("default").getOutcome()).isEqualTo("error");
	}

	@Test
	void selectsOneUnit() {
		given(this.checks.reports()).willReturn(Map.of("orders", report("orders", List.of(), List.of()), "audit",
				report("audit", List.of(missingColumn()), List.of())));
		assertThat(this.endpoint.persistenceUnit("orders").getOutcome()).isEqualTo("clean");
		assertThat(this.endpoint.persistenceUnit("audit").getOutcome()).isEqualTo("drift");
		assertThat(this.endpoint.persistenceUnit("billing")).isNull();
	}

	@Test
	void readingNeverRechecks() {
		given(this.checks.reports()).willReturn(Map.of("default", report()));
		this.endpoint.schemaDrift();
		this.endpoint.persistenceUnit("default");
		then(this.checks).should(never()).recheck();
	}

	@Test
	void writeOperationRechecksAndReturnsTheNewReports() {
		given(this.checks.recheck()).willReturn(Map.of("default", report(missingColumn())));
		SchemaDriftDescriptor descriptor = this.endpoint.recheck();
		then(this.checks).should().recheck();
		assertThat(descriptor.getPersistenceUnits().get("default").getFindings()).extracting(FindingDescriptor::getKind)
			.containsExactly(FindingKind.MISSING_COLUMN);
	}

}

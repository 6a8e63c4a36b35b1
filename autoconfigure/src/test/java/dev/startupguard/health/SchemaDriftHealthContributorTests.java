package dev.startupguard.health;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.boot.health.contributor.HealthContributors;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.boot.health.contributor.Status;

import dev.startupguard.startup.SchemaDriftChecks;

import static dev.startupguard.report.GuardReports.missingColumn;
import static dev.startupguard.report.GuardReports.report;
import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.BDDMockito.given;
import static org.mockito.Mockito.mock;

/**
 * Tests for {@link SchemaDriftHealthContributor}.
 */
class SchemaDriftHealthContributorTests {

	private final SchemaDriftChecks checks = mock(SchemaDriftChecks.class);

	@Test
	void hasOneMemberPerPersistenceUnit() {
		given(this.checks.unitNames()).willReturn(new LinkedHashSet<>(List.of("orders", "audit")));
		given(this.checks.reports()).willReturn(Map.of("orders", report("orders", List.of(missingColumn()), List.of()),
				"audit", report("audit", List.of(), List.of())));
		SchemaDriftHealthContributor contributor = new SchemaDriftHealthContributor(this.checks);
		assertThat(contributor.stream().map(HealthContributors.Entry::name)).containsExactly("orders", "audit");
		assertThat(status(contributor, "orders")).isEqualTo(Status.DOWN);
		assertThat(status(contributor, "audit")).isEqualTo(Status.UP);
		assertThat(contributor.getContributor("billing")).isNull();
	}

	@Test
	void unitIsAMemberBeforeItsFirstReport() {
		given(this.checks.unitNames()).willReturn(new LinkedHashSet<>(List.of("orders")));
		given(this.checks.reports()).willReturn(Map.of());
		SchemaDriftHealthContributor contributor = new SchemaDriftHealthContributor(this.checks);
		assertThat(status(contributor, "orders")).isEqualTo(Status.UNKNOWN);
	}

	private static Status status(SchemaDriftHealthContributor contributor, String unit) {
		HealthIndicator member = (HealthIndicator) contributor.getContributor(unit);
		assertThat(member).isNotNull();
		return member.health().getStatus();
	}

}

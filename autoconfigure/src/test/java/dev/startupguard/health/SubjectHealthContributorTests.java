package dev.startupguard.health;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.boot.health.contributor.HealthContributors;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.boot.health.contributor.Status;

import dev.startupguard.report.SubjectKind;

import static dev.startupguard.report.GuardReports.latest;
import static dev.startupguard.report.GuardReports.missingColumn;
import static dev.startupguard.report.GuardReports.report;
import static dev.startupguard.report.GuardReports.settings;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Tests for {@link SubjectHealthContributor}.
 */
class SubjectHealthContributorTests {

	@Test
	void hasOneMemberPerSubjectOfItsKind() {
		SubjectHealthContributor contributor = new SubjectHealthContributor(latest(settings(),
				report("orders", List.of(missingColumn()), List.of()), report("audit", List.of(), List.of())),
				SubjectKind.PERSISTENCE_UNIT);
		assertThat(contributor.stream().map(HealthContributors.Entry::name)).containsExactly("orders", "audit");
		assertThat(status(contributor, "orders")).isEqualTo(Status.DOWN);
		assertThat(status(contributor, "audit")).isEqualTo(Status.UP);
		assertThat(contributor.getContributor("billing")).isNull();
		assertThat(contributor.getContributor("application")).isNull();
	}

	@Test
	void hasNoMemberBeforeTheFirstReport() {
		SubjectHealthContributor contributor = new SubjectHealthContributor(latest(), SubjectKind.PERSISTENCE_UNIT);
		assertThat(contributor.stream()).isEmpty();
	}

	private static Status status(SubjectHealthContributor contributor, String unit) {
		HealthIndicator member = (HealthIndicator) contributor.getContributor(unit);
		assertThat(member).isNotNull();
		return member.health().getStatus();
	}

}

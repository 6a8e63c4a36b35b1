package dev.startupguard.metrics;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.Meter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.junit.jupiter.api.Test;

import dev.startupguard.report.Finding;
import dev.startupguard.report.FindingKind;
import dev.startupguard.report.Findings;
import dev.startupguard.report.GuardReport;
import dev.startupguard.report.LatestReport;
import dev.startupguard.report.Subject;
import dev.startupguard.report.SubjectReport;
import dev.startupguard.report.SuppressedFinding;

import static dev.startupguard.report.GuardReports.missingColumn;
import static dev.startupguard.report.GuardReports.report;
import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.BDDMockito.given;
import static org.mockito.Mockito.mock;

/**
 * Tests for {@link MigrationsMeterBinder}.
 */
class MigrationsMeterBinderTests {

	private final LatestReport latest = mock(LatestReport.class);

	private final MeterRegistry registry = new SimpleMeterRegistry();

	@Test
	void registersOneSeriesPerToolAndStateWithTagsFromFixedSets() {
		given(this.latest.get()).willReturn(GuardReport.NONE);
		new MigrationsMeterBinder(this.latest).bindTo(this.registry);
		List<Meter> meters = this.registry.find("startupguard.migrations").meters().stream().toList();
		assertThat(meters).hasSize(22).allSatisfy((meter) -> {
			assertThat(meter.getId().getType()).isEqualTo(Meter.Type.GAUGE);
			assertThat(meter.getId().getTags()).extracting("key").containsExactly("state", "tool");
			assertThat(((Gauge) meter).value()).isZero();
		});
		assertThat(meters).extracting((meter) -> meter.getId().getTag("state"))
			.containsOnly("pending", "applied_at_start", "failed", "missing_locally", "newer_than_code",
					"checksum_mismatch", "out_of_order", "ignored", "lock_held", "precondition_failed", "invalid");
		assertThat(meters).extracting((meter) -> meter.getId().getTag("tool")).containsOnly("flyway", "liquibase");
	}

	@Test
	void countsTheActiveMigrationFindingsOfEachToolsSubjects() {
		given(this.latest.get()).willReturn(new GuardReport(List.of(
				report("orders", List.of(missingColumn()), List.of()),
				flyway("ordersFlyway",
						List.of(finding(FindingKind.MIGRATION_PENDING), finding(FindingKind.MIGRATION_PENDING),
								finding(FindingKind.MIGRATION_LINT)),
						List.of(new SuppressedFinding(finding(FindingKind.MIGRATION_MISSING_LOCALLY), "*:missing"))),
				flyway("billingFlyway",
						List.of(finding(FindingKind.MIGRATION_PENDING), finding(FindingKind.MIGRATION_FAILED)),
						List.of()))));
		new MigrationsMeterBinder(this.latest).bindTo(this.registry);
		assertThat(value("flyway", "pending")).isEqualTo(3);
		assertThat(value("flyway", "failed")).isEqualTo(1);
		assertThat(value("flyway", "missing_locally")).isZero();
		assertThat(value("liquibase", "pending")).isZero();
	}

	private double value(String tool, String state) {
		return this.registry.get("startupguard.migrations").tag("tool", tool).tag("state", state).gauge().value();
	}

	private static Finding finding(FindingKind kind) {
		return Finding.of(kind, "flyway_schema_history", null, kind.name(), null, null);
	}

	private static SubjectReport flyway(String name, List<Finding> findings, List<SuppressedFinding> suppressed) {
		return new SubjectReport(Subject.migrationTool(name), Map.of("tool", "flyway"), Instant.EPOCH, Duration.ZERO,
				Findings.of(findings), suppressed);
	}

}

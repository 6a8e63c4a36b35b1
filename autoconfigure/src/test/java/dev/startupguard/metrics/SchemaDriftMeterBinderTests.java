package dev.startupguard.metrics;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.Meter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.junit.jupiter.api.Test;

import dev.startupguard.report.FindingKind;
import dev.startupguard.report.GuardReport;
import dev.startupguard.report.LatestReport;
import dev.startupguard.report.Severity;
import dev.startupguard.report.SuppressedFinding;

import static dev.startupguard.report.GuardReports.checkError;
import static dev.startupguard.report.GuardReports.missingColumn;
import static dev.startupguard.report.GuardReports.narrowerColumn;
import static dev.startupguard.report.GuardReports.report;
import static dev.startupguard.report.GuardReports.unmappedTable;
import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.BDDMockito.given;
import static org.mockito.Mockito.mock;

/**
 * Tests for {@link SchemaDriftMeterBinder}.
 */
class SchemaDriftMeterBinderTests {

	private final LatestReport latest = mock(LatestReport.class);

	private final MeterRegistry registry = new SimpleMeterRegistry();

	@Test
	void registersOneSeriesPerSeverityAndKindWithTagsFromFixedSets() {
		given(this.latest.get()).willReturn(GuardReport.NONE);
		new SchemaDriftMeterBinder(this.latest).bindTo(this.registry);
		List<Meter> meters = this.registry.find("startupguard.drift.findings").meters().stream().toList();
		assertThat(meters).hasSize(Severity.values().length * FindingKind.values().length);
		assertThat(meters).allSatisfy((meter) -> {
			assertThat(meter.getId().getType()).isEqualTo(Meter.Type.GAUGE);
			assertThat(meter.getId().getTags()).extracting("key").containsExactly("kind", "severity");
			assertThat(meter.getId().getTag("severity")).isIn("error", "warning", "info");
			assertThat(meter.getId().getTag("kind"))
				.isIn(Arrays.stream(FindingKind.values()).map((kind) -> kind.name().toLowerCase(Locale.ROOT)).toList());
		});
		assertThat(meters).allSatisfy((meter) -> assertThat(((Gauge) meter).value()).isZero());
	}

	@Test
	void countsActiveFindingsOfEverySubject() {
		given(this.latest.get()).willReturn(new GuardReport(List.of(
				report("orders", List.of(missingColumn(), narrowerColumn(), unmappedTable("a")),
						List.of(new SuppressedFinding(unmappedTable("b"), null))),
				report("audit", List.of(missingColumn(), unmappedTable("c")), List.of()))));
		new SchemaDriftMeterBinder(this.latest).bindTo(this.registry);
		assertThat(value("error", "missing_column")).isEqualTo(2);
		assertThat(value("warning", "narrower_column")).isEqualTo(1);
		assertThat(value("info", "unmapped_table")).isEqualTo(2);
		assertThat(value("error", "check_error")).isZero();
		assertThat(value("warning", "missing_column")).isZero();
	}

	@Test
	void readsTheLatestReportsAtEachScrape() {
		given(this.latest.get()).willReturn(new GuardReport(List.of(report())),
				new GuardReport(List.of(report(checkError()))));
		new SchemaDriftMeterBinder(this.latest).bindTo(this.registry);
		assertThat(value("error", "check_error")).isZero();
		assertThat(value("error", "check_error")).isOne();
	}

	private double value(String severity, String kind) {
		return this.registry.get("startupguard.drift.findings")
			.tags("severity", severity, "kind", kind)
			.gauge()
			.value();
	}

}

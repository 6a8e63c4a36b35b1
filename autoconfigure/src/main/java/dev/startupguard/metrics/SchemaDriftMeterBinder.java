package dev.startupguard.metrics;

import java.util.Locale;
import java.util.Map;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.MeterBinder;
import org.springframework.util.Assert;

import dev.startupguard.report.FindingKind;
import dev.startupguard.report.GuardReport;
import dev.startupguard.report.Severity;
import dev.startupguard.startup.SchemaDriftChecks;

/**
 * {@link MeterBinder} for the findings of the latest schema checks: the gauge
 * {@value #FINDINGS} tagged {@code severity} and {@code kind}, one series per pair, each
 * the number of such findings over every persistence unit, suppressed findings left out.
 * <p>
 * Tag values come from the two enums only ({@code severity="error"},
 * {@code kind="missing_column"}), never from a table or column name, so the number of
 * series is fixed whatever the schema. Every pair is registered, at zero when there is no
 * such finding, so that alert rules see a value rather than an absent series. Each scrape
 * reads the latest reports from memory; it never queries the database.
 *
 * @author Startup Guard contributors
 * @since 0.1.0
 */
public class SchemaDriftMeterBinder implements MeterBinder {

	/**
	 * Name of the findings gauge.
	 */
	public static final String FINDINGS = "startupguard.drift.findings";

	private final SchemaDriftChecks checks;

	/**
	 * Create a binder.
	 * @param checks the checks whose latest reports to count
	 */
	public SchemaDriftMeterBinder(SchemaDriftChecks checks) {
		Assert.notNull(checks, "'checks' must not be null");
		this.checks = checks;
	}

	@Override
	public void bindTo(MeterRegistry registry) {
		for (Severity severity : Severity.values()) {
			for (FindingKind kind : FindingKind.values()) {
				Gauge.builder(FINDINGS, this.checks, (checks) -> count(checks.reports(), severity, kind))
					.description(
							"Findings of the latest schema check of every persistence unit, suppressed ones left out")
					.tag("severity", tagValue(severity))
					.tag("kind", tagValue(kind))
					.strongReference(true)
					.register(registry);
			}
		}
	}

	private static double count(Map<String, GuardReport> reports, Severity severity, FindingKind kind) {
		return reports.values()
			.stream()
			.flatMap((report) -> report.findings().stream())
			.filter((finding) -> finding.severity() == severity && finding.kind() == kind)
			.count();
	}

	static String tagValue(Enum<?> value) {
		return value.name().toLowerCase(Locale.ROOT);
	}

}

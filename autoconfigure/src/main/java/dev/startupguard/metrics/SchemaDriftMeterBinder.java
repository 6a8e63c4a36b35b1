package dev.startupguard.metrics;

import java.util.Locale;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.MeterBinder;
import org.springframework.util.Assert;

import dev.startupguard.report.FindingKind;
import dev.startupguard.report.Findings;
import dev.startupguard.report.Severity;
import dev.startupguard.report.LatestReport;

/**
 * {@link MeterBinder} for the findings of the latest schema checks: the gauge
 * {@value #FINDINGS} tagged {@code severity} and {@code kind}, one series per pair, each
 * the number of such findings over every checked subject, suppressed findings left out.
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

	private final LatestReport latest;

	/**
	 * Create a binder.
	 * @param latest the latest report, whose findings to count
	 */
	public SchemaDriftMeterBinder(LatestReport latest) {
		Assert.notNull(latest, "'latest' must not be null");
		this.latest = latest;
	}

	@Override
	public void bindTo(MeterRegistry registry) {
		for (Severity severity : Severity.values()) {
			for (FindingKind kind : FindingKind.values()) {
				Gauge.builder(FINDINGS, this.latest, (latest) -> count(latest.get().findings(), severity, kind))
					.description("Findings of the latest check of every subject, suppressed ones left out")
					.tag("severity", tagValue(severity))
					.tag("kind", tagValue(kind))
					.strongReference(true)
					.register(registry);
			}
		}
	}

	private static double count(Findings findings, Severity severity, FindingKind kind) {
		return findings.stream().filter((finding) -> finding.severity() == severity && finding.kind() == kind).count();
	}

	static String tagValue(Enum<?> value) {
		return value.name().toLowerCase(Locale.ROOT);
	}

}

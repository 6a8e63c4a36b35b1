package dev.startupguard.metrics;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.MeterBinder;
import org.springframework.util.Assert;

import dev.startupguard.report.FindingKind;
import dev.startupguard.report.GuardReport;
import dev.startupguard.report.LatestReport;
import dev.startupguard.report.SubjectKind;
import dev.startupguard.report.SubjectReport;

/**
 * {@link MeterBinder} for the migrations of the latest checks: the gauge
 * {@value #MIGRATIONS} tagged {@code tool} and {@code state}, each the number of
 * migrations in that state over every migration tool subject of that tool, suppressed
 * findings left out.
 * <p>
 * Both tags come from fixed sets ({@code tool="flyway"}, {@code state="pending"}), never
 * from a version or a script, and every pair is registered, at zero when no migration is
 * in that state. Each scrape reads the latest reports from memory.
 *
 * @author Startup Guard contributors
 * @since 0.1.0
 */
public class MigrationsMeterBinder implements MeterBinder {

	/**
	 * Name of the migrations gauge.
	 */
	public static final String MIGRATIONS = "startupguard.migrations";

	private static final List<String> TOOLS = List.of("flyway", "liquibase");

	private static final Map<FindingKind, String> STATES = states();

	private final LatestReport latest;

	/**
	 * Create a binder.
	 * @param latest the latest report, whose migration findings to count
	 */
	public MigrationsMeterBinder(LatestReport latest) {
		Assert.notNull(latest, "'latest' must not be null");
		this.latest = latest;
	}

	@Override
	public void bindTo(MeterRegistry registry) {
		for (String tool : TOOLS) {
			for (Map.Entry<FindingKind, String> state : STATES.entrySet()) {
				Gauge.builder(MIGRATIONS, this.latest, (latest) -> count(latest.get(), tool, state.getKey()))
					.description("Migrations in each state, of the latest check of every migration tool")
					.tag("tool", tool)
					.tag("state", state.getValue())
					.strongReference(true)
					.register(registry);
			}
		}
	}

	private static double count(GuardReport report, String tool, FindingKind kind) {
		return report.subjects(SubjectKind.MIGRATION_TOOL)
			.stream()
			.filter((subject) -> tool.equals(subject.details().get(SubjectReport.TOOL)))
			.flatMap((subject) -> subject.findings().stream())
			.filter((finding) -> finding.kind() == kind)
			.count();
	}

	// one state per migration kind, named as the kind without its prefix
	private static Map<FindingKind, String> states() {
		Map<FindingKind, String> states = new EnumMap<>(FindingKind.class);
		for (FindingKind kind : List.of(FindingKind.MIGRATION_PENDING, FindingKind.MIGRATION_APPLIED_AT_START,
				FindingKind.MIGRATION_FAILED, FindingKind.MIGRATION_MISSING_LOCALLY,
				FindingKind.MIGRATION_NEWER_THAN_CODE, FindingKind.MIGRATION_CHECKSUM_MISMATCH,
				FindingKind.MIGRATION_OUT_OF_ORDER, FindingKind.MIGRATION_IGNORED, FindingKind.MIGRATION_LOCK_HELD,
				FindingKind.MIGRATION_PRECONDITION_FAILED, FindingKind.MIGRATION_INVALID)) {
			states.put(kind, SchemaDriftMeterBinder.tagValue(kind).substring("migration_".length()));
		}
		return states;
	}

}

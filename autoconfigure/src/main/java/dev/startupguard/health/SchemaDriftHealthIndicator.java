package dev.startupguard.health;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.boot.health.contributor.Status;
import org.springframework.util.Assert;

import dev.startupguard.report.Finding;
import dev.startupguard.report.FindingKind;
import dev.startupguard.report.Findings;
import dev.startupguard.report.GuardReport;
import dev.startupguard.report.Severity;
import dev.startupguard.startup.SchemaDriftChecks;

/**
 * {@link HealthIndicator} that reports whether the database schema matches the entities,
 * from the latest check: it never queries the database.
 * <p>
 * {@link Status#DOWN DOWN} when the latest report has a finding of severity ERROR (after
 * severity overrides; suppressed findings do not count), {@link Status#UNKNOWN UNKNOWN}
 * when the check could not run ({@code CHECK_ERROR}) or has not run yet, and
 * {@link Status#UP UP} otherwise. A check that could not run says nothing about the
 * schema, and an unreachable database is the {@code db} indicator's to report: turning it
 * into DOWN here would report one outage twice, and take every instance out of a
 * readiness group that includes this indicator whenever the catalog is slow to answer.
 * <p>
 * The details give the database, the time and duration of the check, the number of
 * findings per severity, the number of suppressed findings, and the findings themselves,
 * most severe first and at most {@value #MAX_FINDINGS} of them.
 *
 * @author Startup Guard contributors
 * @since 0.1.0
 */
public class SchemaDriftHealthIndicator implements HealthIndicator {

	/**
	 * The most findings the details list; the endpoint lists them all.
	 */
	public static final int MAX_FINDINGS = 50;

	private final SchemaDriftChecks checks;

	private final @Nullable String unit;

	/**
	 * Create an indicator for the only persistence unit of an application. Should there
	 * be several, it reports each under its name and is as unhealthy as the least
	 * healthy.
	 * @param checks the checks whose latest reports to judge
	 */
	public SchemaDriftHealthIndicator(SchemaDriftChecks checks) {
		Assert.notNull(checks, "'checks' must not be null");
		this.checks = checks;
		this.unit = null;
	}

	/**
	 * Create an indicator for one persistence unit.
	 * @param checks the checks whose latest report of the unit to judge
	 * @param unit the name of the persistence unit
	 */
	public SchemaDriftHealthIndicator(SchemaDriftChecks checks, String unit) {
		Assert.notNull(checks, "'checks' must not be null");
		Assert.hasText(unit, "'unit' must not be empty");
		this.checks = checks;
		this.unit = unit;
	}

	@Override
	public Health health() {
		// read the reports once: a recheck that ends meanwhile replaces them whole
		Map<String, GuardReport> reports = this.checks.reports();
		if (this.unit != null) {
			GuardReport report = reports.get(this.unit);
			return (report != null) ? health(report) : notChecked();
		}
		if (reports.isEmpty()) {
			return notChecked();
		}
		if (reports.size() == 1) {
			return health(reports.values().iterator().next());
		}
		Status status = Status.UP;
		Map<String, Object> units = new LinkedHashMap<>();
		for (GuardReport report : reports.values()) {
			Health health = health(report);
			status = worse(status, health.getStatus());
			Map<String, Object> unitDetails = new LinkedHashMap<>();
			unitDetails.put("status", health.getStatus().getCode());
			unitDetails.putAll(health.getDetails());
			units.put(report.name(), unitDetails);
		}
		return Health.status(status).withDetails(units).build();
	}

	private static Health notChecked() {
		return Health.unknown().withDetail("reason", "The schema has not been checked yet").build();
	}

	static Health health(GuardReport report) {
		Findings findings = report.findings();
		Map<String, Integer> counts = new LinkedHashMap<>();
		for (Severity severity : Severity.values()) {
			counts.put(severity.name(), findings.count(severity));
		}
		List<Finding> shown = findings.toList().subList(0, Math.min(MAX_FINDINGS, findings.size()));
		Health.Builder builder = Health.status(status(report))
			.withDetail("databaseProduct", report.databaseProduct())
			.withDetail("databaseVersion", report.databaseVersion())
			.withDetail("checkedAt", report.checkedAt())
			.withDetail("durationMillis", report.duration().toMillis())
			.withDetail("counts", counts)
			.withDetail("suppressed", report.suppressed().size())
			.withDetail("findings", shown.stream().map(SchemaDriftHealthIndicator::describe).toList());
		if (findings.size() > shown.size()) {
			builder.withDetail("omittedFindings", findings.size() - shown.size());
		}
		return builder.build();
	}

	/**
	 * Return the status of a report: DOWN with any ERROR finding, UNKNOWN when the check
	 * could not run, UP otherwise.
	 * @param report the report
	 * @return its status
	 */
	static Status status(GuardReport report) {
		Findings findings = report.findings();
		if (findings.stream()
			.anyMatch((finding) -> finding.severity() == Severity.ERROR && finding.kind() != FindingKind.CHECK_ERROR)) {
			return Status.DOWN;
		}
		if (findings.stream().anyMatch((finding) -> finding.kind() == FindingKind.CHECK_ERROR)) {
			return Status.UNKNOWN;
		}
		return Status.UP;
	}

	private static Status worse(Status current, Status other) {
		List<Status> order = List.of(Status.DOWN, Status.UNKNOWN, Status.UP);
		return (order.indexOf(other) < order.indexOf(current)) ? other : current;
	}

	// a map rather than the record, so that the JSON keeps its shape whatever the record
	// grows, and shows absent values as null
	private static Map<String, @Nullable Object> describe(Finding finding) {
		Map<String, @Nullable Object> described = new LinkedHashMap<>();
		described.put("severity", finding.severity().name());
		described.put("kind", finding.kind().name());
		described.put("table", finding.table());
		described.put("column", finding.column());
		described.put("message", finding.message());
		described.put("fix", finding.fix());
		described.put("fixRisk", (finding.fixRisk() != null) ? finding.fixRisk().name() : null);
		return described;
	}

}

package dev.startupguard.report;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.beans.factory.BeanFactory;

/**
 * Reports and findings for the tests of the outputs (health, endpoint, metrics), built by
 * hand.
 */
public final class GuardReports {

	/**
	 * When every report of these tests was checked.
	 */
	public static final Instant CHECKED_AT = Instant.parse("2026-01-02T03:04:05.678Z");

	/**
	 * How long every check of these tests took.
	 */
	public static final Duration DURATION = Duration.ofMillis(42);

	private GuardReports() {
	}

	/**
	 * Return a report of the {@code default} unit on PostgreSQL.
	 * @param findings the active findings
	 * @return the report
	 */
	public static SubjectReport report(Finding... findings) {
		return report("default", List.of(findings), List.of());
	}

	/**
	 * Return a report on PostgreSQL.
	 * @param unit the unit's name
	 * @param findings the active findings
	 * @param suppressed the suppressed findings
	 * @return the report
	 */
	public static SubjectReport report(String unit, List<Finding> findings, List<SuppressedFinding> suppressed) {
		Map<String, Object> details = new LinkedHashMap<>();
		details.put(SubjectReport.DATABASE_PRODUCT, "PostgreSQL");
		details.put(SubjectReport.DATABASE_VERSION, "16.4");
		details.put(SubjectReport.SCHEMAS, List.of("public"));
		return new SubjectReport(Subject.persistenceUnit(unit), details, CHECKED_AT, DURATION, Findings.of(findings),
				suppressed);
	}

	/**
	 * Return the report of the application's settings.
	 * @param findings the active findings
	 * @return the report
	 */
	public static SubjectReport settings(Finding... findings) {
		return new SubjectReport(Subject.applicationSettings(), Map.of("production", true), CHECKED_AT, Duration.ZERO,
				Findings.of(List.of(findings)), List.of());
	}

	/**
	 * Return a view of the application's latest report made of the given subjects'.
	 * @param subjects the subjects' reports
	 * @return the view
	 */
	public static LatestReport latest(SubjectReport... subjects) {
		GuardReport report = new GuardReport(List.of(subjects));
		return () -> report;
	}

	/**
	 * Return the latest report of a persistence unit of a running application.
	 * @param context the application's context
	 * @param unit the unit's name
	 * @return the unit's report
	 */
	public static SubjectReport unit(BeanFactory context, String unit) {
		return context.getBean(LatestReport.class).get().subject(Subject.persistenceUnit(unit)).orElseThrow();
	}

	/**
	 * Return the JSON description of a finding as health and endpoint render it.
	 * @param severity the severity
	 * @param kind the kind
	 * @param table the table, or {@code null}
	 * @param column the column, or {@code null}
	 * @param message the message
	 * @param fix the fix, or {@code null}
	 * @param fixRisk the fix's risk, or {@code null}
	 * @return the description
	 */
	public static Map<String, Object> described(String severity, String kind, String table, String column,
			String message, String fix, String fixRisk) {
		Map<String, Object> finding = new LinkedHashMap<>();
		finding.put("severity", severity);
		finding.put("kind", kind);
		finding.put("table", table);
		finding.put("column", column);
		finding.put("message", message);
		finding.put("fix", fix);
		finding.put("fixRisk", fixRisk);
		return finding;
	}

	/**
	 * Return a missing column finding of {@code customer.name}.
	 * @return the finding
	 */
	public static Finding missingColumn() {
		return Finding.of(FindingKind.MISSING_COLUMN, "customer", "name", "Column customer.name does not exist.",
				"ALTER TABLE customer ADD COLUMN name varchar(80)", FixRisk.SAFE);
	}

	/**
	 * Return a narrower column finding (a warning) of {@code customer.email}.
	 * @return the finding
	 */
	public static Finding narrowerColumn() {
		return Finding.of(FindingKind.NARROWER_COLUMN, "customer", "email", "Column customer.email is too short.",
				"ALTER TABLE customer ALTER COLUMN email TYPE varchar(120)", FixRisk.RISKY);
	}

	/**
	 * Return an unmapped table finding (info).
	 * @param table the table
	 * @return the finding
	 */
	public static Finding unmappedTable(String table) {
		return Finding.of(FindingKind.UNMAPPED_TABLE, table, null, "Table " + table + " is mapped by no entity.", null,
				null);
	}

	/**
	 * Return the finding of a check that could not run.
	 * @return the finding
	 */
	public static Finding checkError() {
		return Finding.of(FindingKind.CHECK_ERROR, null, null,
				"The schema check could not run, so drift is unknown: Connection refused", null, null);
	}

	/**
	 * Return many unmapped table findings.
	 * @param count how many
	 * @return the findings
	 */
	public static List<Finding> unmappedTables(int count) {
		List<Finding> findings = new ArrayList<>();
		for (int i = 0; i < count; i++) {
			findings.add(unmappedTable("t%03d".formatted(i)));
		}
		return findings;
	}

}

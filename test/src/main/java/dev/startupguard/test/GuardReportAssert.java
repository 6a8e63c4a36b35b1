package dev.startupguard.test;

import java.util.Objects;

import org.assertj.core.api.AbstractAssert;
import org.jspecify.annotations.Nullable;

import dev.startupguard.report.Finding;
import dev.startupguard.report.FindingKind;
import dev.startupguard.report.GuardReport;
import dev.startupguard.report.Severity;
import dev.startupguard.report.SubjectKind;
import dev.startupguard.startup.CheckModeReport;

/**
 * AssertJ assertion on Startup Guard's report of the schema drift: the findings of every
 * persistence unit, that is whether the entities match the schema the migrations built.
 * The migration tools' own subjects are left out, since on a fresh database every
 * migration is applied at the start. A failure shows the report as a developer sees it at
 * startup, each finding with the SQL that fixes it.
 *
 * @author Startup Guard contributors
 * @since 0.1.0
 */
public class GuardReportAssert extends AbstractAssert<GuardReportAssert, GuardReport> {

	GuardReportAssert(GuardReport actual) {
		super(actual, GuardReportAssert.class);
	}

	/**
	 * Verify that no persistence unit has a finding at or above a severity: with
	 * {@link Severity#WARNING}, the entities work on the schema the migrations built, and
	 * with {@link Severity#INFO}, the migrations also build nothing the entities do not
	 * map.
	 * @param severity the lowest severity that fails
	 * @return this assertion
	 */
	public GuardReportAssert hasNoFindingsAtOrAbove(Severity severity) {
		GuardReport drift = drift();
		if (!drift.findings().atLeast(severity).isEmpty()) {
			failWithMessage("%s", "Expected the schema the migrations built to match the entities with no finding at"
					+ " or above " + severity + ", but:\n\n" + render(drift, severity));
		}
		return this;
	}

	/**
	 * Verify that no persistence unit has any finding, INFO included.
	 * @return this assertion
	 */
	public GuardReportAssert hasNoFindings() {
		return hasNoFindingsAtOrAbove(Severity.INFO);
	}

	/**
	 * Verify that a persistence unit has a finding of a kind on a table and column.
	 * @param kind the kind
	 * @param table the table, compared ignoring case
	 * @param column the column, compared ignoring case, or {@code null} for a finding on
	 * the table as a whole
	 * @return this assertion
	 */
	public GuardReportAssert hasFinding(FindingKind kind, String table, @Nullable String column) {
		GuardReport drift = drift();
		boolean found = drift.findings()
			.stream()
			.anyMatch((finding) -> finding.kind() == kind && table.equalsIgnoreCase(finding.table())
					&& sameColumn(finding, column));
		if (!found) {
			failWithMessage("%s", "Expected a " + kind + " finding on " + table + ((column != null) ? "." + column : "")
					+ ", but the report has none:\n\n" + render(drift, Severity.INFO));
		}
		return this;
	}

	private static boolean sameColumn(Finding finding, @Nullable String column) {
		return (column != null) ? column.equalsIgnoreCase(finding.column()) : finding.column() == null;
	}

	private GuardReport drift() {
		isNotNull();
		GuardReport report = Objects.requireNonNull(this.actual);
		GuardReport drift = new GuardReport(report.subjects(SubjectKind.PERSISTENCE_UNIT));
		if (drift.subjects().isEmpty()) {
			failWithMessage("%s", "Expected a report of the entities' schema, but no persistence unit was checked:"
					+ " the test context has no JPA entity manager factory (are the entities under the package of"
					+ " the @SpringBootApplication, or named by @EntityScan?), or startup-guard.enabled is false.");
		}
		return drift;
	}

	private static String render(GuardReport drift, Severity severity) {
		String text = new CheckModeReport(drift, severity).render(CheckModeReport.Format.TEXT);
		return EmbeddedDatabases.checkedAgainstEmbedded(drift)
				? text + "\nWarning: " + EmbeddedDatabases.DIALECT_WARNING + "\n" : text;
	}

}

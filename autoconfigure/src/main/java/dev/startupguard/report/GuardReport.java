package dev.startupguard.report;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

/**
 * Outcome of one check of one persistence unit's database: what was checked, when, how
 * long it took, and what was found.
 *
 * @param name the name of what was checked, such as the persistence unit
 * @param databaseProduct the database product name
 * @param databaseVersion the database product version
 * @param schemas the schemas that were read
 * @param checkedAt when the check started
 * @param duration how long the check took
 * @param findings what the check found, less the suppressed findings
 * @param suppressed the findings the application chose to live with
 * @author Startup Guard contributors
 * @since 0.1.0
 */
public record GuardReport(String name, String databaseProduct, String databaseVersion, List<String> schemas,
		Instant checkedAt, Duration duration, Findings findings, List<SuppressedFinding> suppressed) {

	public GuardReport {
		schemas = List.copyOf(schemas);
		suppressed = List.copyOf(suppressed);
	}

	/**
	 * Return this report with more findings, such as findings about the application's
	 * settings that concern every persistence unit.
	 * @param more the findings to add
	 * @return the report with them
	 */
	public GuardReport withAdditionalFindings(Findings more) {
		if (more.isEmpty()) {
			return this;
		}
		return new GuardReport(this.name, this.databaseProduct, this.databaseVersion, this.schemas, this.checkedAt,
				this.duration, this.findings.and(more), this.suppressed);
	}

}

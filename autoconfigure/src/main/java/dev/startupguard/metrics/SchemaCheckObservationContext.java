package dev.startupguard.metrics;

import io.micrometer.observation.Observation;
import org.jspecify.annotations.Nullable;

import dev.startupguard.report.GuardReport;

/**
 * {@link Observation.Context} of one schema check of one persistence unit: the unit's
 * name from the start, and the report once the check has run.
 *
 * @author Startup Guard contributors
 * @since 0.1.0
 */
public class SchemaCheckObservationContext extends Observation.Context {

	private final String unit;

	private @Nullable GuardReport report;

	/**
	 * Create a context.
	 * @param unit the name of the persistence unit being checked
	 */
	public SchemaCheckObservationContext(String unit) {
		this.unit = unit;
	}

	/**
	 * Return the name of the persistence unit being checked.
	 * @return the unit's name
	 */
	public String getUnit() {
		return this.unit;
	}

	/**
	 * Return the report of the check.
	 * @return the report, {@code null} until the check has returned one
	 */
	public @Nullable GuardReport getReport() {
		return this.report;
	}

	/**
	 * Set the report of the check.
	 * @param report the report
	 */
	public void setReport(@Nullable GuardReport report) {
		this.report = report;
	}

}

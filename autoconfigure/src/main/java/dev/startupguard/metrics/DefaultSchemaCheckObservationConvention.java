package dev.startupguard.metrics;

import io.micrometer.common.KeyValues;

import dev.startupguard.report.CheckOutcome;
import dev.startupguard.report.GuardReport;

/**
 * Default {@link SchemaCheckObservationConvention}: the observation is named
 * {@value #NAME}; its one low-cardinality key, {@code outcome}, is {@code clean},
 * {@code drift} or {@code error} (see {@link CheckOutcome}), and is known once the check
 * has run; the persistence unit's name is a high-cardinality key, so it reaches spans but
 * never metric tags.
 *
 * @author Startup Guard contributors
 * @since 0.1.0
 */
public class DefaultSchemaCheckObservationConvention implements SchemaCheckObservationConvention {

	/**
	 * Name of the observation, and so of its timer.
	 */
	public static final String NAME = "startupguard.check";

	@Override
	public String getName() {
		return NAME;
	}

	@Override
	public String getContextualName(SchemaCheckObservationContext context) {
		return "startupguard check " + context.getUnit();
	}

	@Override
	public KeyValues getLowCardinalityKeyValues(SchemaCheckObservationContext context) {
		GuardReport report = context.getReport();
		if (context.getError() != null) {
			return KeyValues.of("outcome", CheckOutcome.ERROR.value());
		}
		// at the start the outcome is not known yet: the long task timer goes without it
		return (report != null) ? KeyValues.of("outcome", CheckOutcome.of(report).value()) : KeyValues.empty();
	}

	@Override
	public KeyValues getHighCardinalityKeyValues(SchemaCheckObservationContext context) {
		return KeyValues.of("startupguard.unit", context.getUnit());
	}

}

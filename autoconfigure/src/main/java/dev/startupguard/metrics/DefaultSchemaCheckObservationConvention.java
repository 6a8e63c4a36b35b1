package dev.startupguard.metrics;

import io.micrometer.common.KeyValues;

import dev.startupguard.report.CheckOutcome;
import dev.startupguard.report.SubjectReport;

/**
 * Default {@link SchemaCheckObservationConvention}: the observation is named
 * {@value #NAME}; its low-cardinality keys are {@code subject}, the kind of subject
 * ({@code persistence_unit}, {@code migration_tool}, {@code application_settings}), and
 * {@code outcome}, {@code clean}, {@code drift} or {@code error} (see
 * {@link CheckOutcome}), known once the check has run; the subject's name is a
 * high-cardinality key, so it reaches spans but never metric tags.
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
		return "startupguard check " + context.getSubject().name();
	}

	@Override
	public KeyValues getLowCardinalityKeyValues(SchemaCheckObservationContext context) {
		KeyValues subject = KeyValues.of("subject", context.getSubject().kind().value());
		SubjectReport report = context.getReport();
		if (context.getError() != null) {
			return subject.and("outcome", CheckOutcome.ERROR.value());
		}
		// at the start the outcome is not known yet: the long task timer goes without it
		return (report != null) ? subject.and("outcome", report.outcome().value()) : subject;
	}

	@Override
	public KeyValues getHighCardinalityKeyValues(SchemaCheckObservationContext context) {
		return KeyValues.of("startupguard.subject.name", context.getSubject().name());
	}

}

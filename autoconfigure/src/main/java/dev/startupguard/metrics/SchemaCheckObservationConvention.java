package dev.startupguard.metrics;

import io.micrometer.observation.Observation;
import io.micrometer.observation.ObservationConvention;

/**
 * {@link ObservationConvention} for schema checks. Declare a bean of this type to change
 * the name or the tags of the {@code startupguard.check} observation.
 *
 * @author Startup Guard contributors
 * @since 0.1.0
 * @see DefaultSchemaCheckObservationConvention
 */
public interface SchemaCheckObservationConvention extends ObservationConvention<SchemaCheckObservationContext> {

	@Override
	default boolean supportsContext(Observation.Context context) {
		return context instanceof SchemaCheckObservationContext;
	}

}

package dev.startupguard.metrics;

import java.util.function.Supplier;

import io.micrometer.observation.Observation;
import io.micrometer.observation.ObservationRegistry;
import org.jspecify.annotations.Nullable;
import org.springframework.util.Assert;

import dev.startupguard.report.GuardReport;
import dev.startupguard.startup.SchemaCheckObserver;

/**
 * {@link SchemaCheckObserver} that records every check as a Micrometer
 * {@link Observation}: with Micrometer's meter handler a timer named
 * {@code startupguard.check} tagged {@code outcome}, and where tracing is on, a span.
 *
 * @author Startup Guard contributors
 * @since 0.1.0
 */
public class ObservationSchemaCheckObserver implements SchemaCheckObserver {

	private static final SchemaCheckObservationConvention DEFAULT_CONVENTION = new DefaultSchemaCheckObservationConvention();

	private final ObservationRegistry registry;

	private final @Nullable SchemaCheckObservationConvention convention;

	/**
	 * Create an observer.
	 * @param registry the registry to record the observations in
	 * @param convention the convention that replaces the default one, or {@code null}
	 */
	public ObservationSchemaCheckObserver(ObservationRegistry registry,
			@Nullable SchemaCheckObservationConvention convention) {
		Assert.notNull(registry, "'registry' must not be null");
		this.registry = registry;
		this.convention = convention;
	}

	@Override
	public GuardReport observe(String unit, Supplier<GuardReport> check) {
		SchemaCheckObservationContext context = new SchemaCheckObservationContext(unit);
		return Observation.createNotStarted(this.convention, DEFAULT_CONVENTION, () -> context, this.registry)
			.observe(() -> {
				GuardReport report = check.get();
				context.setReport(report);
				return report;
			});
	}

}

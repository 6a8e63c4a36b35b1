package dev.startupguard.metrics;

import java.util.function.Supplier;

import io.micrometer.observation.Observation;
import io.micrometer.observation.ObservationRegistry;
import org.jspecify.annotations.Nullable;
import org.springframework.util.Assert;

import dev.startupguard.report.CheckObserver;
import dev.startupguard.report.Subject;
import dev.startupguard.report.SubjectReport;

/**
 * {@link CheckObserver} that records every check as a Micrometer {@link Observation}:
 * with Micrometer's meter handler a timer named {@code startupguard.check} tagged
 * {@code outcome}, and where tracing is on, a span.
 *
 * @author Startup Guard contributors
 * @since 0.1.0
 */
public class ObservationSchemaCheckObserver implements CheckObserver {

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
	public SubjectReport observe(Subject subject, Supplier<SubjectReport> check) {
		SchemaCheckObservationContext context = new SchemaCheckObservationContext(subject);
		return Observation.createNotStarted(this.convention, DEFAULT_CONVENTION, () -> context, this.registry)
			.observe(() -> {
				SubjectReport report = check.get();
				context.setReport(report);
				return report;
			});
	}

}

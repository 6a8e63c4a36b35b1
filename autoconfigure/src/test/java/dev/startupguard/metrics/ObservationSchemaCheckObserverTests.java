package dev.startupguard.metrics;

import io.micrometer.observation.tck.TestObservationRegistry;
import io.micrometer.observation.tck.TestObservationRegistryAssert;
import org.junit.jupiter.api.Test;

import dev.startupguard.report.Severity;
import dev.startupguard.report.Subject;
import dev.startupguard.report.SubjectReport;

import static dev.startupguard.report.GuardReports.checkError;
import static dev.startupguard.report.GuardReports.missingColumn;
import static dev.startupguard.report.GuardReports.report;
import static dev.startupguard.report.GuardReports.unmappedTable;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

/**
 * Tests for {@link ObservationSchemaCheckObserver}.
 */
class ObservationSchemaCheckObserverTests {

	private static final Subject DEFAULT = Subject.persistenceUnit("default");

	private final TestObservationRegistry registry = TestObservationRegistry.create();

	private final ObservationSchemaCheckObserver observer = new ObservationSchemaCheckObserver(this.registry, null);

	@Test
	void cleanCheckIsObservedWithOutcomeClean() {
		SubjectReport report = report(unmappedTable("audit"));
		assertThat(this.observer.observe(DEFAULT, () -> report)).isSameAs(report);
		TestObservationRegistryAssert.assertThat(this.registry)
			.hasSingleObservationThat()
			.hasNameEqualTo("startupguard.check")
			.hasContextualNameEqualTo("startupguard check default")
			.hasLowCardinalityKeyValue("subject", "persistence_unit")
			.hasLowCardinalityKeyValue("outcome", "clean")
			.hasHighCardinalityKeyValue("startupguard.subject.name", "default")
			.hasBeenStarted()
			.hasBeenStopped();
	}

	@Test
	void checkWithWarningOrWorseIsObservedWithOutcomeDrift() {
		this.observer.observe(DEFAULT, () -> report(missingColumn().withSeverity(Severity.WARNING)));
		TestObservationRegistryAssert.assertThat(this.registry)
			.hasSingleObservationThat()
			.hasLowCardinalityKeyValue("outcome", "drift");
	}

	@Test
	void checkThatCouldNotRunIsObservedWithOutcomeError() {
		this.observer.observe(DEFAULT, () -> report(checkError()));
		TestObservationRegistryAssert.assertThat(this.registry)
			.hasSingleObservationThat()
			.hasLowCardinalityKeyValue("outcome", "error");
	}

	@Test
	void checkThatThrowsIsObservedWithOutcomeErrorAndRethrown() {
		assertThatIllegalStateException().isThrownBy(() -> this.observer.observe(DEFAULT, () -> {
			throw new IllegalStateException("boom");
		}));
		TestObservationRegistryAssert.assertThat(this.registry)
			.hasSingleObservationThat()
			.hasLowCardinalityKeyValue("outcome", "error")
			.assertThatError()
			.hasMessage("boom");
	}

	@Test
	void customConventionReplacesTheDefault() {
		ObservationSchemaCheckObserver observer = new ObservationSchemaCheckObserver(this.registry,
				new DefaultSchemaCheckObservationConvention() {

					@Override
					public String getName() {
						return "schema.check";
					}

				});
		observer.observe(DEFAULT, () -> report());
		TestObservationRegistryAssert.assertThat(this.registry)
			.hasSingleObservationThat()
			.hasNameEqualTo("schema.check");
	}

}

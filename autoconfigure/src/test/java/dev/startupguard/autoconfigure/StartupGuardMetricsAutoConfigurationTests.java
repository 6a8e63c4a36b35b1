package dev.startupguard.autoconfigure;

import io.micrometer.core.instrument.binder.MeterBinder;
import io.micrometer.observation.ObservationRegistry;
import io.micrometer.observation.tck.TestObservationRegistry;
import io.micrometer.observation.tck.TestObservationRegistryAssert;
import org.junit.jupiter.api.Test;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.test.context.FilteredClassLoader;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

import dev.startupguard.metrics.DefaultSchemaCheckObservationConvention;
import dev.startupguard.metrics.ObservationSchemaCheckObserver;
import dev.startupguard.metrics.SchemaCheckObservationConvention;
import dev.startupguard.metrics.SchemaDriftMeterBinder;
import dev.startupguard.report.CheckObserver;
import dev.startupguard.report.GuardReport;
import dev.startupguard.report.LatestReport;
import dev.startupguard.report.Subject;

import static dev.startupguard.report.GuardReports.report;
import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;

/**
 * Tests for {@link StartupGuardMetricsAutoConfiguration}.
 */
class StartupGuardMetricsAutoConfigurationTests {

	private final TestObservationRegistry observations = TestObservationRegistry.create();

	private final ApplicationContextRunner contextRunner = new ApplicationContextRunner()
		.withConfiguration(AutoConfigurations.of(StartupGuardMetricsAutoConfiguration.class))
		.withBean(LatestReport.class, () -> () -> GuardReport.NONE)
		.withBean(ObservationRegistry.class, () -> this.observations);

	@Test
	void runShouldHaveMeterBinderAndObserver() {
		this.contextRunner.run((context) -> {
			assertThat(context).hasSingleBean(SchemaDriftMeterBinder.class);
			assertThat(context).getBean(CheckObserver.class).isInstanceOf(ObservationSchemaCheckObserver.class);
			context.getBean(CheckObserver.class).observe(Subject.persistenceUnit("default"), () -> report());
			TestObservationRegistryAssert.assertThat(this.observations)
				.hasSingleObservationThat()
				.hasNameEqualTo("startupguard.check");
		});
	}

	@Test
	void runWithConventionShouldObserveWithIt() {
		this.contextRunner
			.withBean(SchemaCheckObservationConvention.class, () -> new DefaultSchemaCheckObservationConvention() {

				@Override
				public String getName() {
					return "custom.check";
				}

			})
			.run((context) -> {
				context.getBean(CheckObserver.class).observe(Subject.persistenceUnit("default"), () -> report());
				TestObservationRegistryAssert.assertThat(this.observations)
					.hasSingleObservationThat()
					.hasNameEqualTo("custom.check");
			});
	}

	@Test
	void runWithoutObservationRegistryShouldHaveMeterBinderOnly() {
		new ApplicationContextRunner()
			.withConfiguration(AutoConfigurations.of(StartupGuardMetricsAutoConfiguration.class))
			.withBean(LatestReport.class, () -> () -> GuardReport.NONE)
			.run((context) -> assertThat(context).hasSingleBean(SchemaDriftMeterBinder.class)
				.doesNotHaveBean(CheckObserver.class));
	}

	@Test
	void runWithoutMicrometerCoreShouldHaveObserverOnly() {
		this.contextRunner.withClassLoader(new FilteredClassLoader(MeterBinder.class))
			.run((context) -> assertThat(context).doesNotHaveBean(SchemaDriftMeterBinder.class)
				.hasSingleBean(CheckObserver.class));
	}

	@Test
	void backsOffWithoutMicrometer() {
		this.contextRunner.withClassLoader(new FilteredClassLoader("io.micrometer"))
			.run((context) -> assertThat(context).doesNotHaveBean(SchemaDriftMeterBinder.class)
				.doesNotHaveBean(CheckObserver.class));
	}

	@Test
	void backsOffWithoutReports() {
		new ApplicationContextRunner()
			.withConfiguration(AutoConfigurations.of(StartupGuardMetricsAutoConfiguration.class))
			.withBean(ObservationRegistry.class, () -> this.observations)
			.run((context) -> assertThat(context).doesNotHaveBean(SchemaDriftMeterBinder.class)
				.doesNotHaveBean(CheckObserver.class));
	}

}

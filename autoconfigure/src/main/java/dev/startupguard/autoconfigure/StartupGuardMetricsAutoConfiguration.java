package dev.startupguard.autoconfigure;

import io.micrometer.core.instrument.binder.MeterBinder;
import io.micrometer.observation.ObservationRegistry;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import dev.startupguard.metrics.MigrationsMeterBinder;
import dev.startupguard.metrics.ObservationSchemaCheckObserver;
import dev.startupguard.metrics.SchemaCheckObservationConvention;
import dev.startupguard.metrics.SchemaDriftMeterBinder;
import dev.startupguard.report.CheckObserver;
import dev.startupguard.report.LatestReport;

/**
 * Auto-configuration of Startup Guard's Micrometer binding: the findings and migrations
 * gauges, and every check recorded as an observation (a timer, and a span where tracing
 * is on).
 *
 * @author Startup Guard contributors
 * @since 0.1.0
 */
@AutoConfiguration(after = StartupGuardAutoConfiguration.class,
		afterName = { "org.springframework.boot.micrometer.observation.autoconfigure.ObservationAutoConfiguration",
				"org.springframework.boot.micrometer.metrics.autoconfigure.MetricsAutoConfiguration" })
@ConditionalOnClass(ObservationRegistry.class)
@ConditionalOnBean(LatestReport.class)
public final class StartupGuardMetricsAutoConfiguration {

	@Configuration(proxyBeanMethods = false)
	@ConditionalOnClass(MeterBinder.class)
	static class FindingsMetricsConfiguration {

		@Bean
		@ConditionalOnMissingBean
		SchemaDriftMeterBinder schemaDriftMeterBinder(LatestReport latest) {
			return new SchemaDriftMeterBinder(latest);
		}

		@Bean
		@ConditionalOnMissingBean
		MigrationsMeterBinder startupGuardMigrationsMeterBinder(LatestReport latest) {
			return new MigrationsMeterBinder(latest);
		}

	}

	@Configuration(proxyBeanMethods = false)
	@ConditionalOnBean(ObservationRegistry.class)
	static class CheckObservationConfiguration {

		@Bean
		@ConditionalOnMissingBean
		CheckObserver startupGuardCheckObserver(ObservationRegistry registry,
				ObjectProvider<SchemaCheckObservationConvention> convention) {
			return new ObservationSchemaCheckObserver(registry, convention.getIfUnique());
		}

	}

}

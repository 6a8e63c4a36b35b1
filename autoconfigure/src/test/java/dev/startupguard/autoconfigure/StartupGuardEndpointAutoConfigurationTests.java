package dev.startupguard.autoconfigure;

import org.junit.jupiter.api.Test;
import org.springframework.boot.actuate.endpoint.annotation.Endpoint;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.convert.ApplicationConversionService;
import org.springframework.boot.test.context.FilteredClassLoader;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

import dev.startupguard.endpoint.SchemaDriftEndpoint;
import dev.startupguard.report.GuardReport;
import dev.startupguard.report.LatestReport;
import dev.startupguard.report.Recheck;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;

/**
 * Tests for {@link StartupGuardEndpointAutoConfiguration}.
 */
class StartupGuardEndpointAutoConfigurationTests {

	private final ApplicationContextRunner contextRunner = new ApplicationContextRunner()
		.withConfiguration(AutoConfigurations.of(StartupGuardEndpointAutoConfiguration.class))
		// access is written in lower case, which Boot's conversion service binds
		.withInitializer((context) -> context.getEnvironment().setConversionService(new ApplicationConversionService()))
		.withBean(LatestReport.class, () -> () -> GuardReport.NONE)
		.withBean(Recheck.class, () -> mock(Recheck.class));

	@Test
	void runShouldHaveEndpointBean() {
		this.contextRunner.withPropertyValues("management.endpoints.web.exposure.include=schemadrift")
			.run((context) -> assertThat(context).hasSingleBean(SchemaDriftEndpoint.class));
	}

	@Test
	void runWhenExposedOverJmxShouldHaveEndpointBean() {
		this.contextRunner
			.withPropertyValues("spring.jmx.enabled=true", "management.endpoints.jmx.exposure.include=schemadrift")
			.run((context) -> assertThat(context).hasSingleBean(SchemaDriftEndpoint.class));
	}

	@Test
	void runWhenNotExposedShouldNotHaveEndpointBean() {
		this.contextRunner.run((context) -> assertThat(context).doesNotHaveBean(SchemaDriftEndpoint.class));
	}

	@Test
	void runWhenAccessIsNoneShouldNotHaveEndpointBean() {
		this.contextRunner
			.withPropertyValues("management.endpoints.web.exposure.include=schemadrift",
					"management.endpoint.schemadrift.access=none")
			.run((context) -> assertThat(context).doesNotHaveBean(SchemaDriftEndpoint.class));
	}

	@Test
	void backsOffWithoutActuator() {
		this.contextRunner.withPropertyValues("management.endpoints.web.exposure.include=schemadrift")
			.withClassLoader(new FilteredClassLoader(Endpoint.class))
			.run((context) -> assertThat(context).doesNotHaveBean(SchemaDriftEndpoint.class));
	}

	@Test
	void backsOffWithoutReports() {
		new ApplicationContextRunner()
			.withConfiguration(AutoConfigurations.of(StartupGuardEndpointAutoConfiguration.class))
			.withPropertyValues("management.endpoints.web.exposure.include=schemadrift")
			.run((context) -> assertThat(context).doesNotHaveBean(SchemaDriftEndpoint.class));
	}

}

package dev.startupguard.autoconfigure;

import jakarta.persistence.EntityManagerFactory;
import org.junit.jupiter.api.Test;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.health.contributor.HealthContributor;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.boot.test.context.FilteredClassLoader;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

import dev.startupguard.health.SchemaDriftHealthContributor;
import dev.startupguard.health.SchemaDriftHealthIndicator;
import dev.startupguard.startup.SchemaDriftChecks;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;

/**
 * Tests for {@link StartupGuardHealthContributorAutoConfiguration}.
 */
class StartupGuardHealthContributorAutoConfigurationTests {

	private final ApplicationContextRunner contextRunner = new ApplicationContextRunner()
		.withConfiguration(AutoConfigurations.of(StartupGuardHealthContributorAutoConfiguration.class))
		.withBean(SchemaDriftChecks.class, () -> mock(SchemaDriftChecks.class));

	@Test
	void runShouldCreateIndicatorNamedSchemaDrift() {
		this.contextRunner.run((context) -> {
			assertThat(context).hasSingleBean(SchemaDriftHealthIndicator.class);
			assertThat(context).hasBean("schemaDriftHealthContributor");
		});
	}

	@Test
	void runWithOnePersistenceUnitShouldCreateIndicator() {
		this.contextRunner
			.withBean("entityManagerFactory", EntityManagerFactory.class, () -> mock(EntityManagerFactory.class))
			.run((context) -> assertThat(context).hasSingleBean(SchemaDriftHealthIndicator.class)
				.doesNotHaveBean(SchemaDriftHealthContributor.class));
	}

	@Test
	void runWithSeveralPersistenceUnitsShouldCreateCompositeContributor() {
		this.contextRunner
			.withBean("ordersEntityManagerFactory", EntityManagerFactory.class, () -> mock(EntityManagerFactory.class))
			.withBean("auditEntityManagerFactory", EntityManagerFactory.class, () -> mock(EntityManagerFactory.class))
			.run((context) -> assertThat(context).hasSingleBean(SchemaDriftHealthContributor.class)
				.doesNotHaveBean(HealthIndicator.class));
	}

	@Test
	void runWhenDisabledShouldNotCreateIndicator() {
		this.contextRunner.withPropertyValues("management.health.schemadrift.enabled=false")
			.run((context) -> assertThat(context).doesNotHaveBean(HealthContributor.class));
	}

	@Test
	void runWhenHealthDefaultsDisabledShouldNotCreateIndicator() {
		this.contextRunner.withPropertyValues("management.health.defaults.enabled=false")
			.run((context) -> assertThat(context).doesNotHaveBean(HealthContributor.class));
	}

	@Test
	void backsOffWithoutSpringBootHealth() {
		this.contextRunner.withClassLoader(new FilteredClassLoader(HealthContributor.class))
			.run((context) -> assertThat(context).doesNotHaveBean(SchemaDriftHealthIndicator.class));
	}

	@Test
	void backsOffWithoutSchemaDriftChecks() {
		new ApplicationContextRunner()
			.withConfiguration(AutoConfigurations.of(StartupGuardHealthContributorAutoConfiguration.class))
			.run((context) -> assertThat(context).doesNotHaveBean(HealthContributor.class));
	}

	@Test
	void backsOffWhenTheApplicationDefinesSchemaDriftHealthIndicator() {
		this.contextRunner.withBean("schemaDriftHealthIndicator", HealthIndicator.class, () -> () -> null)
			.run((context) -> assertThat(context).hasSingleBean(HealthIndicator.class)
				.doesNotHaveBean(SchemaDriftHealthIndicator.class));
	}

}

package dev.startupguard.autoconfigure;

import jakarta.persistence.EntityManagerFactory;
import liquibase.integration.spring.SpringLiquibase;
import org.junit.jupiter.api.Test;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.health.contributor.HealthContributor;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.boot.test.context.FilteredClassLoader;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

import dev.startupguard.health.SubjectHealthContributor;
import dev.startupguard.health.SubjectHealthIndicator;
import dev.startupguard.report.GuardReport;
import dev.startupguard.report.LatestReport;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;

/**
 * Tests for {@link StartupGuardHealthContributorAutoConfiguration}.
 */
class StartupGuardHealthContributorAutoConfigurationTests {

	private final ApplicationContextRunner contextRunner = new ApplicationContextRunner()
		.withConfiguration(AutoConfigurations.of(StartupGuardHealthContributorAutoConfiguration.class))
		.withBean(LatestReport.class, () -> () -> GuardReport.NONE);

	@Test
	void runShouldCreateIndicatorsNamedSchemaDriftAndSchemaSettings() {
		this.contextRunner.run((context) -> {
			assertThat(context).getBeans(SubjectHealthIndicator.class)
				.containsOnlyKeys("schemaDriftHealthContributor", "schemaSettingsHealthIndicator");
		});
	}

	@Test
	void runWithOnePersistenceUnitShouldCreateIndicator() {
		this.contextRunner
			.withBean("entityManagerFactory", EntityManagerFactory.class, () -> mock(EntityManagerFactory.class))
			.run((context) -> assertThat(context).getBean("schemaDriftHealthContributor")
				.isInstanceOf(SubjectHealthIndicator.class));
	}

	@Test
	void runWithSeveralPersistenceUnitsShouldCreateCompositeContributor() {
		this.contextRunner
			.withBean("ordersEntityManagerFactory", EntityManagerFactory.class, () -> mock(EntityManagerFactory.class))
			.withBean("auditEntityManagerFactory", EntityManagerFactory.class, () -> mock(EntityManagerFactory.class))
			.run((context) -> {
				assertThat(context).getBeans(SubjectHealthContributor.class)
					.containsOnlyKeys("schemaDriftHealthContributor", "migrationsHealthContributor");
				assertThat(context).getBean("schemaDriftHealthContributor")
					.isInstanceOf(SubjectHealthContributor.class);
			});
	}

	@Test
	void runWithFlywayShouldCreateMigrationsContributorWithAMemberPerMigrationTool() {
		this.contextRunner.run((context) -> assertThat(context).getBean("migrationsHealthContributor")
			.isInstanceOf(SubjectHealthContributor.class));
	}

	@Test
	void runWhenMigrationsDisabledShouldNotCreateMigrationsContributor() {
		this.contextRunner.withPropertyValues("management.health.migrations.enabled=false")
			.run((context) -> assertThat(context).doesNotHaveBean("migrationsHealthContributor"));
	}

	@Test
	void runWithLiquibaseOnlyShouldCreateMigrationsContributor() {
		this.contextRunner.withClassLoader(new FilteredClassLoader(org.flywaydb.core.Flyway.class))
			.run((context) -> assertThat(context).getBean("migrationsHealthContributor")
				.isInstanceOf(SubjectHealthContributor.class));
	}

	@Test
	void backsOffMigrationsWithoutFlywayOrLiquibase() {
		this.contextRunner
			.withClassLoader(new FilteredClassLoader(org.flywaydb.core.Flyway.class, SpringLiquibase.class))
			.run((context) -> assertThat(context).doesNotHaveBean("migrationsHealthContributor"));
	}

	@Test
	void runWhenDisabledShouldNotCreateIndicator() {
		this.contextRunner.withPropertyValues("management.health.schemadrift.enabled=false")
			.run((context) -> assertThat(context).doesNotHaveBean("schemaDriftHealthContributor")
				.hasBean("schemaSettingsHealthIndicator"));
	}

	@Test
	void runWhenSettingsDisabledShouldNotCreateSettingsIndicator() {
		this.contextRunner.withPropertyValues("management.health.schemasettings.enabled=false")
			.run((context) -> assertThat(context).doesNotHaveBean("schemaSettingsHealthIndicator")
				.hasBean("schemaDriftHealthContributor"));
	}

	@Test
	void runWhenHealthDefaultsDisabledShouldNotCreateIndicator() {
		this.contextRunner.withPropertyValues("management.health.defaults.enabled=false")
			.run((context) -> assertThat(context).doesNotHaveBean(HealthContributor.class));
	}

	@Test
	void backsOffWithoutSpringBootHealth() {
		this.contextRunner.withClassLoader(new FilteredClassLoader(HealthContributor.class))
			.run((context) -> assertThat(context).doesNotHaveBean(SubjectHealthIndicator.class));
	}

	@Test
	void backsOffWithoutReports() {
		new ApplicationContextRunner()
			.withConfiguration(AutoConfigurations.of(StartupGuardHealthContributorAutoConfiguration.class))
			.run((context) -> assertThat(context).doesNotHaveBean(HealthContributor.class));
	}

	@Test
	void backsOffWhenTheApplicationDefinesSchemaDriftHealthIndicator() {
		this.contextRunner.withBean("schemaDriftHealthIndicator", HealthIndicator.class, () -> () -> null)
			.run((context) -> assertThat(context).doesNotHaveBean("schemaDriftHealthContributor")
				.hasBean("schemaSettingsHealthIndicator"));
	}

}

package dev.startupguard.autoconfigure;

import org.springframework.beans.factory.ListableBeanFactory;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.AnyNestedCondition;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.health.autoconfigure.contributor.ConditionalOnEnabledHealthIndicator;
import org.springframework.boot.health.contributor.HealthContributor;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Configuration;
import org.springframework.util.ClassUtils;

import dev.startupguard.health.SubjectHealthContributor;
import dev.startupguard.health.SubjectHealthIndicator;
import dev.startupguard.report.LatestReport;
import dev.startupguard.report.SubjectKind;

/**
 * Auto-configuration of Startup Guard's health contributors: {@code schemaDrift} for the
 * persistence units (a {@link SubjectHealthIndicator} for an application with one unit, a
 * {@link SubjectHealthContributor} with one member per unit for an application with
 * several), {@code schemaSettings} for the application's settings, and {@code migrations}
 * with one member per migration tool bean.
 *
 * @author Startup Guard contributors
 * @since 0.1.0
 */
@AutoConfiguration(after = StartupGuardAutoConfiguration.class)
@ConditionalOnClass({ HealthContributor.class, ConditionalOnEnabledHealthIndicator.class })
@ConditionalOnBean(LatestReport.class)
public final class StartupGuardHealthContributorAutoConfiguration {

	private static final String ENTITY_MANAGER_FACTORY = "jakarta.persistence.EntityManagerFactory";

	@Bean
	@ConditionalOnEnabledHealthIndicator("schemadrift")
	@ConditionalOnMissingBean(name = { "schemaDriftHealthIndicator", "schemaDriftHealthContributor" })
	HealthContributor schemaDriftHealthContributor(LatestReport latest, ListableBeanFactory beanFactory) {
		return (persistenceUnits(beanFactory) > 1) ? new SubjectHealthContributor(latest, SubjectKind.PERSISTENCE_UNIT)
				: new SubjectHealthIndicator(latest, SubjectKind.PERSISTENCE_UNIT);
	}

	@Bean
	@ConditionalOnEnabledHealthIndicator("schemasettings")
	@ConditionalOnMissingBean(name = "schemaSettingsHealthIndicator")
	SubjectHealthIndicator schemaSettingsHealthIndicator(LatestReport latest) {
		return new SubjectHealthIndicator(latest, SubjectKind.APPLICATION_SETTINGS);
	}

	/**
	 * The {@code migrations} contributor, one member per Flyway or Liquibase bean. Its
	 * own class, since both tools are optional and either is enough.
	 */
	@Configuration(proxyBeanMethods = false)
	@Conditional(OnMigrationToolCondition.class)
	static class MigrationsHealthConfiguration {

		@Bean
		@ConditionalOnEnabledHealthIndicator("migrations")
		@ConditionalOnMissingBean(name = { "migrationsHealthIndicator", "migrationsHealthContributor" })
		SubjectHealthContributor migrationsHealthContributor(LatestReport latest) {
			return new SubjectHealthContributor(latest, SubjectKind.MIGRATION_TOOL);
		}

	}

	/**
	 * Matches when Flyway or Liquibase is on the class path.
	 */
	static final class OnMigrationToolCondition extends AnyNestedCondition {

		OnMigrationToolCondition() {
			super(ConfigurationPhase.REGISTER_BEAN);
		}

		@ConditionalOnClass(name = "org.flywaydb.core.Flyway")
		static class Flyway {

		}

		@ConditionalOnClass(name = "liquibase.integration.spring.SpringLiquibase")
		static class Liquibase {

		}

	}

	// the units are known once their factories exist; count the factory definitions
	// instead
	// of creating the factories here, so that the health endpoint does not decide when
	// they are built
	private static int persistenceUnits(ListableBeanFactory beanFactory) {
		ClassLoader classLoader = StartupGuardHealthContributorAutoConfiguration.class.getClassLoader();
		if (!ClassUtils.isPresent(ENTITY_MANAGER_FACTORY, classLoader)) {
			return 1;
		}
		Class<?> type = ClassUtils.resolveClassName(ENTITY_MANAGER_FACTORY, classLoader);
		return beanFactory.getBeanNamesForType(type, true, false).length;
	}

}

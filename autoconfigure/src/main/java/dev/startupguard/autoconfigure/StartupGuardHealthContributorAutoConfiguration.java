package dev.startupguard.autoconfigure;

import org.springframework.beans.factory.ListableBeanFactory;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.health.autoconfigure.contributor.ConditionalOnEnabledHealthIndicator;
import org.springframework.boot.health.contributor.HealthContributor;
import org.springframework.context.annotation.Bean;
import org.springframework.util.ClassUtils;

import dev.startupguard.health.SchemaDriftHealthContributor;
import dev.startupguard.health.SchemaDriftHealthIndicator;
import dev.startupguard.startup.SchemaDriftChecks;

/**
 * Auto-configuration of the {@code schemaDrift} health contributor: a
 * {@link SchemaDriftHealthIndicator} for an application with one persistence unit, a
 * {@link SchemaDriftHealthContributor} with one member per unit for an application with
 * several.
 *
 * @author Startup Guard contributors
 * @since 0.1.0
 */
@AutoConfiguration(after = StartupGuardAutoConfiguration.class)
@ConditionalOnClass({ HealthContributor.class, ConditionalOnEnabledHealthIndicator.class })
@ConditionalOnBean(SchemaDriftChecks.class)
@ConditionalOnEnabledHealthIndicator("schemadrift")
public final class StartupGuardHealthContributorAutoConfiguration {

	private static final String ENTITY_MANAGER_FACTORY = "jakarta.persistence.EntityManagerFactory";

	@Bean
	@ConditionalOnMissingBean(name = { "schemaDriftHealthIndicator", "schemaDriftHealthContributor" })
	HealthContributor schemaDriftHealthContributor(SchemaDriftChecks checks, ListableBeanFactory beanFactory) {
		return (persistenceUnits(beanFactory) > 1) ? new SchemaDriftHealthContributor(checks)
				: new SchemaDriftHealthIndicator(checks);
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

package dev.startupguard.autoconfigure;

import java.util.List;

import javax.sql.DataSource;

import jakarta.persistence.EntityManagerFactory;
import org.hibernate.boot.Metadata;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.hibernate.autoconfigure.HibernatePropertiesCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.ImportRuntimeHints;
import org.springframework.core.env.Environment;

import dev.startupguard.drift.DriftOptions;
import dev.startupguard.policy.ProductionDetector;
import dev.startupguard.policy.SchemaMutationPolicyReport;
import dev.startupguard.report.DriftAction;
import dev.startupguard.report.FindingRules;
import dev.startupguard.report.Findings;
import dev.startupguard.report.NamePattern;
import dev.startupguard.report.StartDecision;
import dev.startupguard.report.Suppression;
import dev.startupguard.startup.BackgroundRecheck;
import dev.startupguard.startup.CheckSettings;
import dev.startupguard.startup.EntityManagerFactoryCheckStarter;
import dev.startupguard.startup.SchemaCheckObserver;
import dev.startupguard.startup.SchemaDriftChecks;
import dev.startupguard.startup.SchemaValidationIntegrator;

/**
 * Auto-configuration of Startup Guard: checks the schema of every Hibernate persistence
 * unit at every start.
 *
 * @author Startup Guard contributors
 * @since 0.1.0
 */
@AutoConfiguration(afterName = { "org.springframework.boot.jdbc.autoconfigure.DataSourceAutoConfiguration",
		"org.springframework.boot.hibernate.autoconfigure.HibernateJpaAutoConfiguration",
		"org.springframework.boot.flyway.autoconfigure.FlywayAutoConfiguration",
		"org.springframework.boot.liquibase.autoconfigure.LiquibaseAutoConfiguration" })
@ConditionalOnBooleanProperty(name = "startup-guard.enabled", matchIfMissing = true)
@EnableConfigurationProperties(StartupGuardProperties.class)
@ImportRuntimeHints(StartupGuardRuntimeHints.class)
public final class StartupGuardAutoConfiguration {

	@Configuration(proxyBeanMethods = false)
	@ConditionalOnClass({ EntityManagerFactory.class, Metadata.class })
	@ConditionalOnBean(DataSource.class)
	static class HibernateDriftCheckConfiguration {

		@Bean
		static EntityManagerFactoryCheckStarter startupGuardEntityManagerFactoryCheckStarter(
				ObjectProvider<SchemaDriftChecks> checks) {
			return new EntityManagerFactoryCheckStarter(checks);
		}

		@Bean
		@ConditionalOnMissingBean
		SchemaDriftChecks schemaDriftChecks(StartupGuardProperties properties, Environment environment,
				ObjectProvider<SchemaCheckObserver> observer, ObjectProvider<SchemaMutationPolicyReport> policy) {
			Findings settingFindings = policy.stream()
				.map(SchemaMutationPolicyReport::findings)
				.reduce(Findings.NONE, Findings::and);
			return new SchemaDriftChecks(settings(properties, environment),
					observer.getIfUnique(() -> SchemaCheckObserver.NONE), settingFindings);
		}

		@Bean
		@ConditionalOnProperty("startup-guard.recheck-interval")
		@ConditionalOnMissingBean
		BackgroundRecheck startupGuardBackgroundRecheck(SchemaDriftChecks checks, StartupGuardProperties properties) {
			return new BackgroundRecheck(checks, properties.getRecheckInterval());
		}

		@Bean
		@ConditionalOnClass(HibernatePropertiesCustomizer.class)
		HibernatePropertiesCustomizer startupGuardHibernatePropertiesCustomizer(SchemaDriftChecks checks) {
			return (hibernateProperties) -> hibernateProperties.put(SchemaValidationIntegrator.SETTINGS_PROPERTY,
					checks.settings());
		}

		private static CheckSettings settings(StartupGuardProperties properties, Environment environment) {
			boolean production = new ProductionDetector(properties.getProductionProfiles(), properties.getProduction())
				.isProduction(environment);
			DriftAction onDrift = (properties.getOnDrift() != null) ? properties.getOnDrift()
					: production ? DriftAction.FAIL : DriftAction.WARN;
			List<Suppression> suppressions = properties.getSuppress()
				.stream()
				.map((suppress) -> new Suppression(suppress.getKind(), pattern(suppress.getTable()),
						pattern(suppress.getColumn()), suppress.getReason()))
				.toList();
			return new CheckSettings(properties.getCheckTimeout(), new DriftOptions(properties.getIgnoreTables()),
					properties.getSchemas(), new FindingRules(properties.getSeverity(), suppressions),
					new StartDecision(onDrift, properties.getFailSeverity(), properties.getOnCheckError()));
		}

		private static NamePattern pattern(String text) {
			return (text != null) ? NamePattern.of(text) : null;
		}

	}

}

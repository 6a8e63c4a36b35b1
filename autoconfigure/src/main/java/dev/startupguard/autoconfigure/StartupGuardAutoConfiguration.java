package dev.startupguard.autoconfigure;

import java.time.Duration;
import java.util.Collection;
import java.util.List;

import javax.sql.DataSource;

import jakarta.persistence.EntityManagerFactory;
import org.hibernate.boot.Metadata;
import org.jspecify.annotations.Nullable;
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
import org.springframework.core.io.ResourceLoader;
import org.springframework.util.Assert;

import dev.startupguard.check.ReportMaker;
import dev.startupguard.drift.DriftOptions;
import dev.startupguard.policy.ApplicationSettingsCheck;
import dev.startupguard.policy.SchemaMutationPolicyReport;
import dev.startupguard.report.CheckObserver;
import dev.startupguard.report.DriftAction;
import dev.startupguard.report.FindingRules;
import dev.startupguard.report.NamePattern;
import dev.startupguard.report.Recheck;
import dev.startupguard.report.StartDecision;
import dev.startupguard.report.Suppression;
import dev.startupguard.startup.BackgroundRecheck;
import dev.startupguard.startup.CheckModeExit;
import dev.startupguard.startup.CheckSettings;
import dev.startupguard.startup.EntityManagerFactoryCheckStarter;
import dev.startupguard.startup.DestructiveMigrationPolicy;
import dev.startupguard.snapshot.SchemaSnapshotSource;
import dev.startupguard.startup.MigrationTables;
import dev.startupguard.startup.Rechecks;
import dev.startupguard.startup.ReportStore;
import dev.startupguard.startup.SchemaValidationIntegrator;
import dev.startupguard.startup.SubjectChecks;

/**
 * Auto-configuration of Startup Guard: checks every subject at every start: the schema of
 * every Hibernate persistence unit, and the application's settings.
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

	/**
	 * The checks of every subject, their latest report and their rechecks: whatever an
	 * application has to check, persistence units or migrations alone.
	 */
	@Configuration(proxyBeanMethods = false)
	@ConditionalOnBean(DataSource.class)
	static class CheckConfiguration {

		@Bean
		@ConditionalOnMissingBean
		MigrationTables startupGuardMigrationTables(Environment environment) {
			return MigrationTables.of(environment);
		}

		@Bean
		@ConditionalOnMissingBean
		CheckSettings startupGuardCheckSettings(StartupGuardProperties properties, Environment environment,
				ResourceLoader resourceLoader, ObjectProvider<SchemaMutationPolicyReport> policy) {
			SchemaMutationPolicyReport enforced = SchemaMutationPolicyPostProcessor.enforced(policy, properties,
					environment, resourceLoader.getClassLoader());
			return settings(properties, enforced.production(), MigrationTables.of(environment).names());
		}

		@Bean
		@ConditionalOnMissingBean
		DestructiveMigrationPolicy startupGuardDestructiveMigrationPolicy(StartupGuardProperties properties,
				Environment environment, ResourceLoader resourceLoader,
				ObjectProvider<SchemaMutationPolicyReport> policy) {
			boolean production = SchemaMutationPolicyPostProcessor
				.enforced(policy, properties, environment, resourceLoader.getClassLoader())
				.production();
			return new DestructiveMigrationPolicy(production, properties.getMigrations().getAcknowledgedDestructive());
		}

		@Bean
		@ConditionalOnMissingBean
		SchemaSnapshotSource startupGuardSchemaSnapshotSource(StartupGuardProperties properties,
				ResourceLoader resourceLoader, CheckSettings settings) {
			StartupGuardProperties.Snapshot snapshot = properties.getSnapshot();
			if (!snapshot.isEnabled()) {
				return SchemaSnapshotSource.NONE;
			}
			return SchemaSnapshotSource.load(resourceLoader, snapshot.getLocation(), settings.options(),
					settings.timeout());
		}

		@Bean
		@ConditionalOnMissingBean
		ReportStore startupGuardReportStore() {
			return new ReportStore();
		}

		@Bean
		@ConditionalOnMissingBean
		ReportMaker startupGuardReportMaker(CheckSettings settings, ObjectProvider<CheckObserver> observer) {
			return new ReportMaker(settings.rules(), observer.getIfUnique(() -> CheckObserver.NONE));
		}

		@Bean
		@ConditionalOnMissingBean
		SubjectChecks startupGuardSubjectChecks(ReportMaker maker, ReportStore store, CheckSettings settings,
				ObjectProvider<SchemaMutationPolicyReport> policy) {
			SubjectChecks checks = new SubjectChecks(maker, store, settings.decision(), settings.timeout());
			policy.ifAvailable((report) -> checks.start(new ApplicationSettingsCheck(report)));
			return checks;
		}

		@Bean
		@ConditionalOnProperty(name = "startup-guard.mode", havingValue = "check")
		CheckModeExit startupGuardCheckModeExit(ReportStore store, StartupGuardProperties properties) {
			return new CheckModeExit(store, properties.getFailSeverity(), properties.getCheck().getFormat(),
					properties.getCheck().getOutput());
		}

		@Bean
		@ConditionalOnMissingBean
		Rechecks startupGuardRechecks(SubjectChecks checks, ReportMaker maker, ReportStore store) {
			return new Rechecks(checks, maker, store);
		}

		@Bean
		@ConditionalOnProperty("startup-guard.recheck-interval")
		@ConditionalOnMissingBean
		BackgroundRecheck startupGuardBackgroundRecheck(Recheck recheck, StartupGuardProperties properties) {
			Duration interval = properties.getRecheckInterval();
			Assert.state(interval != null, "'startup-guard.recheck-interval' must have a value");
			return new BackgroundRecheck(recheck, interval);
		}

		private static CheckSettings settings(StartupGuardProperties properties, boolean production,
				Collection<String> migrationTables) {
			DriftAction onDrift = (properties.getOnDrift() != null) ? properties.getOnDrift()
					: production ? DriftAction.FAIL : DriftAction.WARN;
			List<Suppression> suppressions = properties.getSuppress()
				.stream()
				.map((suppress) -> new Suppression(suppress.getKind(), pattern(suppress.getTable()),
						pattern(suppress.getColumn()), suppress.getReason()))
				.toList();
			return new CheckSettings(properties.getCheckTimeout(),
					new DriftOptions(properties.getIgnoreTables(), List.copyOf(migrationTables)),
					properties.getSchemas(), new FindingRules(properties.getSeverity(), suppressions),
					new StartDecision(onDrift, properties.getFailSeverity(), properties.getOnCheckError()));
		}

		private static @Nullable NamePattern pattern(@Nullable String text) {
			return (text != null) ? NamePattern.of(text) : null;
		}

	}

	/**
	 * Starts the drift check of every Hibernate persistence unit.
	 */
	@Configuration(proxyBeanMethods = false)
	@ConditionalOnClass({ EntityManagerFactory.class, Metadata.class })
	@ConditionalOnBean(DataSource.class)
	static class HibernateDriftCheckConfiguration {

		@Bean
		static EntityManagerFactoryCheckStarter startupGuardEntityManagerFactoryCheckStarter(
				ObjectProvider<SubjectChecks> checks, ObjectProvider<CheckSettings> settings,
				ObjectProvider<MigrationTables> migrationTables, Environment environment) {
			// deferred initialization runs schema.sql after the EntityManagerFactory
			boolean deferred = environment.getProperty("spring.jpa.defer-datasource-initialization", Boolean.class,
					false);
			return new EntityManagerFactoryCheckStarter(checks, settings, migrationTables, deferred);
		}

		/**
		 * Hands the check settings to the {@code ddl-auto=validate} hand-over, and the
		 * check starter to the read ahead of the live schema. Its own class, since
		 * {@code spring-boot-hibernate} is optional: a condition on a bean method cannot
		 * keep its return type from being loaded.
		 */
		@Configuration(proxyBeanMethods = false)
		@ConditionalOnClass(name = "org.springframework.boot.hibernate.autoconfigure.HibernatePropertiesCustomizer")
		static class HibernateHandOverConfiguration {

			@Bean
			HibernatePropertiesCustomizer startupGuardHibernatePropertiesCustomizer(CheckSettings settings,
					EntityManagerFactoryCheckStarter starter) {
				return (hibernateProperties) -> {
					hibernateProperties.put(SchemaValidationIntegrator.SETTINGS_PROPERTY, settings);
					hibernateProperties.put(EntityManagerFactoryCheckStarter.PROPERTY, starter);
				};
			}

		}

	}

}

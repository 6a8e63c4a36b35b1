package dev.startupguard.autoconfigure;

import java.time.Duration;
import java.util.List;

import javax.sql.DataSource;

import org.h2.jdbcx.JdbcDataSource;
import org.hibernate.boot.Metadata;
import org.junit.jupiter.api.Test;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.hibernate.autoconfigure.HibernatePropertiesCustomizer;
import org.springframework.boot.test.context.FilteredClassLoader;
import org.springframework.boot.test.context.assertj.AssertableApplicationContext;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

import dev.startupguard.drift.DriftOptions;
import dev.startupguard.report.DriftAction;
import dev.startupguard.report.FindingKind;
import dev.startupguard.report.FindingRules;
import dev.startupguard.report.Severity;
import dev.startupguard.report.StartDecision;
import dev.startupguard.startup.CheckSettings;
import dev.startupguard.startup.EntityManagerFactoryCheckStarter;
import dev.startupguard.startup.ReportStore;
import dev.startupguard.startup.SubjectChecks;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Tests for {@link StartupGuardAutoConfiguration}.
 */
class StartupGuardAutoConfigurationTests {

	private final ApplicationContextRunner contextRunner = new ApplicationContextRunner()
		.withConfiguration(AutoConfigurations.of(StartupGuardAutoConfiguration.class))
		.withBean(DataSource.class, JdbcDataSource::new);

	@Test
	void runShouldHaveCheckBeans() {
		this.contextRunner.run((context) -> assertThat(context).hasSingleBean(SubjectChecks.class)
			.hasSingleBean(EntityManagerFactoryCheckStarter.class)
			.hasSingleBean(HibernatePropertiesCustomizer.class)
			.hasSingleBean(StartupGuardProperties.class));
	}

	@Test
	void runWhenDisabledShouldHaveNoBeans() {
		this.contextRunner.withPropertyValues("startup-guard.enabled=false")
			.run((context) -> assertThat(context).doesNotHaveBean(SubjectChecks.class)
				.doesNotHaveBean(EntityManagerFactoryCheckStarter.class)
				.doesNotHaveBean(StartupGuardProperties.class));
	}

	@Test
	void backsOffWithoutDataSource() {
		new ApplicationContextRunner().withConfiguration(AutoConfigurations.of(StartupGuardAutoConfiguration.class))
			.run((context) -> assertThat(context).doesNotHaveBean(SubjectChecks.class)
				.doesNotHaveBean(EntityManagerFactoryCheckStarter.class)
				.hasSingleBean(StartupGuardProperties.class));
	}

	@Test
	void withoutHibernateChecksWhatElseThereIsButNoPersistenceUnit() {
		this.contextRunner.withClassLoader(new FilteredClassLoader(Metadata.class))
			.run((context) -> assertThat(context).hasSingleBean(SubjectChecks.class)
				.doesNotHaveBean(EntityManagerFactoryCheckStarter.class));
	}

	@Test
	void backsOffWithoutSpringBootHibernateForTheValidationHandOverOnly() {
		this.contextRunner.withClassLoader(new FilteredClassLoader(HibernatePropertiesCustomizer.class))
			.run((context) -> assertThat(context).hasSingleBean(SubjectChecks.class)
				.doesNotHaveBean(HibernatePropertiesCustomizer.class));
	}

	@Test
	void userDefinedChecksReplaceTheDefault() {
		CheckSettings own = settings(DriftAction.IGNORE);
		ReportStore store = new ReportStore();
		this.contextRunner.withBean(CheckSettings.class, () -> own)
			.withBean(ReportStore.class, () -> store)
			.run((context) -> {
				assertThat(context.getBean(CheckSettings.class)).isSameAs(own);
				assertThat(context.getBean(ReportStore.class)).isSameAs(store);
			});
	}

	@Test
	void driftWarnsOutsideProduction() {
		this.contextRunner.run((context) -> assertThat(decision(context))
			.isEqualTo(new StartDecision(DriftAction.WARN, Severity.ERROR, DriftAction.WARN)));
	}

	@Test
	void driftFailsInProductionDetectedByProfile() {
		this.contextRunner.withPropertyValues("spring.profiles.active=production")
			.run((context) -> assertThat(decision(context).onDrift()).isEqualTo(DriftAction.FAIL));
	}

	@Test
	void driftFailsInProductionSetExplicitly() {
		this.contextRunner.withPropertyValues("startup-guard.production=true")
			.run((context) -> assertThat(decision(context).onDrift()).isEqualTo(DriftAction.FAIL));
	}

	@Test
	void explicitSettingOverridesProductionDefaults() {
		this.contextRunner
			.withPropertyValues("spring.profiles.active=prod", "startup-guard.on-drift=warn",
					"startup-guard.fail-severity=warning", "startup-guard.on-check-error=fail")
			.run((context) -> assertThat(decision(context))
				.isEqualTo(new StartDecision(DriftAction.WARN, Severity.WARNING, DriftAction.FAIL)));
	}

	@Test
	void customProductionProfilesReplaceTheDefaultOnes() {
		this.contextRunner.withPropertyValues("startup-guard.production-profiles=live", "spring.profiles.active=prod")
			.run((context) -> assertThat(decision(context).onDrift()).isEqualTo(DriftAction.WARN));
	}

	@Test
	void checkSettingsComeFromProperties() {
		this.contextRunner
			.withPropertyValues("startup-guard.check-timeout=3s", "startup-guard.schemas=audit,billing",
					"startup-guard.ignore-tables=tmp_*")
			.run((context) -> {
				CheckSettings settings = context.getBean(CheckSettings.class);
				assertThat(settings.timeout()).isEqualTo(Duration.ofSeconds(3));
				assertThat(settings.schemas()).containsExactly("audit", "billing");
				assertThat(settings.options().ignoredTables()).containsExactly("tmp_*");
			});
	}

	@Test
	void propertiesDefaultsAreTheDocumentedOnes() {
		StartupGuardProperties properties = new StartupGuardProperties();
		assertThat(properties.isEnabled()).isTrue();
		assertThat(properties.getProductionProfiles()).containsExactly("prod", "production");
		assertThat(properties.getProduction()).isNull();
		assertThat(properties.getOnDrift()).isNull();
		assertThat(properties.getFailSeverity()).isEqualTo(Severity.ERROR);
		assertThat(properties.getOnCheckError()).isEqualTo(DriftAction.WARN);
		assertThat(properties.isAllowSchemaMutationInProduction()).isFalse();
		assertThat(properties.getCheckTimeout()).isEqualTo(Duration.ofSeconds(10));
		assertThat(properties.getRecheckInterval()).isNull();
		assertThat(properties.getSchemas()).isEmpty();
		assertThat(properties.getIgnoreTables()).isEmpty();
		assertThat(properties.getSeverity()).isEmpty();
		assertThat(properties.getSuppress()).isEmpty();
	}

	@Test
	void severityOverridesBindByKindName() {
		this.contextRunner.withPropertyValues("startup-guard.severity.nullability-mismatch=info")
			.run((context) -> assertThat(context.getBean(StartupGuardProperties.class).getSeverity())
				.containsEntry(FindingKind.NULLABILITY_MISMATCH, Severity.INFO));
	}

	private static StartDecision decision(AssertableApplicationContext context) {
		return context.getBean(CheckSettings.class).decision();
	}

	private static CheckSettings settings(DriftAction onDrift) {
		return new CheckSettings(Duration.ofSeconds(1), DriftOptions.DEFAULTS, List.of(), FindingRules.NONE,
				new StartDecision(onDrift, Severity.ERROR, DriftAction.WARN));
	}

}

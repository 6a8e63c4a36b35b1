package dev.startupguard.autoconfigure;

import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import org.springframework.beans.factory.support.DefaultListableBeanFactory;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.aot.AbstractAotProcessor;
import org.springframework.mock.env.MockEnvironment;

import dev.startupguard.policy.SchemaMutation;
import dev.startupguard.policy.SchemaMutationPolicyReport;
import dev.startupguard.policy.SchemaMutationRefusedException;
import dev.startupguard.report.FindingKind;
import dev.startupguard.report.FixRisk;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.assertThatNoException;

/**
 * Tests for {@link StartupGuardPolicyAutoConfiguration}.
 */
@ExtendWith(OutputCaptureExtension.class)
class StartupGuardPolicyAutoConfigurationTests {

	private static final AtomicInteger canaries = new AtomicInteger();

	private final ApplicationContextRunner contextRunner = new ApplicationContextRunner()
		.withConfiguration(AutoConfigurations.of(StartupGuardPolicyAutoConfiguration.class))
		.withPropertyValues("spring.datasource.url=jdbc:postgresql://db.example.com/shop");

	@Test
	void runShouldHavePolicyBeans() {
		this.contextRunner.run((context) -> assertThat(context).hasSingleBean(SchemaMutationPolicyPostProcessor.class)
			.hasSingleBean(SchemaMutationPolicyReport.class)
			.hasSingleBean(StartupGuardProperties.class));
	}

	@Test
	void runWhenDisabledShouldHaveNoPolicyAtAll() {
		this.contextRunner
			.withPropertyValues("startup-guard.enabled=false", "spring.profiles.active=prod",
					"spring.jpa.hibernate.ddl-auto=create-drop")
			.run((context) -> assertThat(context).hasNotFailed()
				.doesNotHaveBean(SchemaMutationPolicyPostProcessor.class)
				.doesNotHaveBean(SchemaMutationPolicyReport.class));
	}

	@Test
	void runInProductionDetectedByProfileRefusesTheStart() {
		this.contextRunner.withPropertyValues("spring.profiles.active=prod", "spring.jpa.hibernate.ddl-auto=update")
			.run((context) -> assertThat(context).hasFailed()
				.getFailure()
				.isInstanceOf(SchemaMutationRefusedException.class)
				.hasMessageContaining("spring.jpa.hibernate.ddl-auto=update"));
	}

	@Test
	void runInProductionByPropertyRefusesTheStart() {
		this.contextRunner.withPropertyValues("startup-guard.production=true", "spring.jpa.generate-ddl=true")
			.run((context) -> assertThat(context).hasFailed()
				.getFailure()
				.isInstanceOf(SchemaMutationRefusedException.class)
				.hasMessageContaining("spring.jpa.generate-ddl=true"));
	}

	@Test
	void runWithOwnProductionProfilesUsesThem() {
		ApplicationContextRunner runner = this.contextRunner
			.withPropertyValues("startup-guard.production-profiles=live", "spring.liquibase.drop-first=true");
		runner.withPropertyValues("spring.profiles.active=live")
			.run((context) -> assertThat(context).hasFailed()
				.getFailure()
				.isInstanceOf(SchemaMutationRefusedException.class));
		runner.withPropertyValues("spring.profiles.active=prod").run((context) -> assertThat(context).hasNotFailed());
	}

	@Test
	void runWhenProductionIsSwitchedOffIgnoresTheProfile() {
		this.contextRunner
			.withPropertyValues("startup-guard.production=false", "spring.profiles.active=prod",
					"spring.jpa.hibernate.ddl-auto=update")
			.run((context) -> assertThat(context).hasNotFailed());
	}

	@Test
	void runWhenRefusedCreatesNoBean() {
		canaries.set(0);
		this.contextRunner.withUserConfiguration(CanaryConfiguration.class)
			.withPropertyValues("spring.profiles.active=prod", "spring.jpa.hibernate.ddl-auto=create-drop")
			.run((context) -> assertThat(context).hasFailed());
		assertThat(canaries).hasValue(0);
		this.contextRunner.withUserConfiguration(CanaryConfiguration.class)
			.withPropertyValues("spring.jpa.hibernate.ddl-auto=create-drop")
			.run((context) -> assertThat(context).hasNotFailed());
		assertThat(canaries).hasValue(1);
	}

	@Test
	void runWhenAllowedInProductionStartsAndReportsEachSetting(CapturedOutput output) {
		this.contextRunner
			.withPropertyValues("spring.profiles.active=prod", "startup-guard.allow-schema-mutation-in-production=true",
					"spring.jpa.hibernate.ddl-auto=update")
			.run((context) -> {
				assertThat(context).hasNotFailed();
				SchemaMutationPolicyReport report = context.getBean(SchemaMutationPolicyReport.class);
				assertThat(report.production()).isTrue();
				assertThat(report.mutationAllowed()).isTrue();
				assertThat(report.findings().toList()).singleElement().satisfies((finding) -> {
					assertThat(finding.kind()).isEqualTo(FindingKind.SCHEMA_MUTATION_SETTING);
					assertThat(finding.table()).isNull();
					assertThat(finding.column()).isNull();
					assertThat(finding.message()).startsWith("spring.jpa.hibernate.ddl-auto=update (");
					assertThat(finding.fix()).isEqualTo("spring.jpa.hibernate.ddl-auto=validate");
					assertThat(finding.fixRisk()).isEqualTo(FixRisk.SAFE);
				});
			});
		assertThat(output).contains("WARN")
			.contains("startup-guard.allow-schema-mutation-in-production=true lets this production start go on");
	}

	@Test
	void runOutsideProductionStartsAndSaysWhatProductionWouldRefuse(CapturedOutput output) {
		this.contextRunner.withPropertyValues("spring.jpa.hibernate.ddl-auto=update").run((context) -> {
			assertThat(context).hasNotFailed();
			SchemaMutationPolicyReport report = context.getBean(SchemaMutationPolicyReport.class);
			assertThat(report.mutations()).extracting(SchemaMutation::assignment)
				.containsExactly("spring.jpa.hibernate.ddl-auto=update");
			assertThat(report.findings().isEmpty()).isTrue();
		});
		assertThat(output).contains("INFO")
			.contains("Startup Guard: in production, this start would be refused, since 1 setting would let the "
					+ "application change the database schema: spring.jpa.hibernate.ddl-auto=update");
	}

	@Test
	void postProcessorHonoursDisabledGuardAtRunTime() {
		// Ahead-of-time processing freezes the auto-configuration's conditions: the post
		// processor checks the switch again when it runs
		SchemaMutationPolicyPostProcessor postProcessor = new SchemaMutationPolicyPostProcessor();
		MockEnvironment environment = new MockEnvironment().withProperty("startup-guard.production", "true")
			.withProperty("spring.jpa.hibernate.ddl-auto", "create-drop");
		postProcessor.setEnvironment(environment);
		assertThatExceptionOfType(SchemaMutationRefusedException.class)
			.isThrownBy(() -> postProcessor.postProcessBeanFactory(new DefaultListableBeanFactory()));
		environment.setProperty("startup-guard.enabled", "false");
		assertThatNoException()
			.isThrownBy(() -> postProcessor.postProcessBeanFactory(new DefaultListableBeanFactory()));
	}

	@Test
	void postProcessorLeavesAheadOfTimeProcessingAlone() {
		SchemaMutationPolicyPostProcessor postProcessor = new SchemaMutationPolicyPostProcessor();
		postProcessor.setEnvironment(new MockEnvironment().withProperty("startup-guard.production", "true")
			.withProperty("spring.jpa.hibernate.ddl-auto", "create-drop"));
		System.setProperty(AbstractAotProcessor.AOT_PROCESSING, "true");
		try {
			assertThatNoException()
				.isThrownBy(() -> postProcessor.postProcessBeanFactory(new DefaultListableBeanFactory()));
		}
		finally {
			System.clearProperty(AbstractAotProcessor.AOT_PROCESSING);
		}
	}

	@Configuration(proxyBeanMethods = false)
	static class CanaryConfiguration {

		@Bean
		Object canary() {
			canaries.incrementAndGet();
			return new Object();
		}

	}

}

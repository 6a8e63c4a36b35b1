package dev.startupguard.policy;

import java.util.List;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.BeanCreationException;
import org.springframework.boot.diagnostics.FailureAnalysis;
import org.springframework.boot.diagnostics.FailureAnalyzer;
import org.springframework.core.io.support.SpringFactoriesLoader;
import org.springframework.core.io.support.SpringFactoriesLoader.FailureHandler;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Tests for {@link SchemaMutationRefusedFailureAnalyzer}.
 */
class SchemaMutationRefusedFailureAnalyzerTests {

	private static final SchemaMutation DDL_AUTO = new SchemaMutation(SchemaMutationSetting.DDL_AUTO,
			"spring.jpa.hibernate.ddl-auto", "create-drop", null,
			"class path resource [application-prod.properties], line 4", SchemaAction.CREATE_DROP.effect(),
			"spring.jpa.hibernate.ddl-auto=validate");

	private static final SchemaMutation DROP_FIRST = new SchemaMutation(SchemaMutationSetting.LIQUIBASE_DROP_FIRST,
			"spring.liquibase.drop-first", "true", null, "environment variable SPRING_LIQUIBASE_DROP_FIRST",
			SchemaMutationSetting.LIQUIBASE_DROP_FIRST.effect("true"), "spring.liquibase.drop-first=false");

	@Test
	void descriptionListsEverySettingWithOriginEffectAndReplacement() {
		FailureAnalysis analysis = analyze(new SchemaMutationRefusedException(List.of(DDL_AUTO, DROP_FIRST)));
		String n = System.lineSeparator();
		assertThat(analysis.getDescription()).isEqualTo("Startup Guard refused to start the application in "
				+ "production: 2 settings would let it change the database schema." + n + n
				+ "    spring.jpa.hibernate.ddl-auto=create-drop" + n
				+ "        from:    class path resource [application-prod.properties], line 4" + n + "        effect:  "
				+ SchemaAction.CREATE_DROP.effect() + n + "        instead: spring.jpa.hibernate.ddl-auto=validate" + n
				+ n + "    spring.liquibase.drop-first=true" + n
				+ "        from:    environment variable SPRING_LIQUIBASE_DROP_FIRST" + n + "        effect:  "
				+ SchemaMutationSetting.LIQUIBASE_DROP_FIRST.effect("true") + n
				+ "        instead: spring.liquibase.drop-first=false");
	}

	@Test
	void actionSaysHowToMigrateInsteadAndHowToAllowIt() {
		FailureAnalysis analysis = analyze(new SchemaMutationRefusedException(List.of(DDL_AUTO)));
		assertThat(analysis.getAction()).contains("spring.jpa.hibernate.ddl-auto=validate, or none")
			.contains("Flyway")
			.contains("Liquibase")
			.contains("startup-guard.allow-schema-mutation-in-production=true");
		assertThat(analysis.getCause()).isInstanceOf(SchemaMutationRefusedException.class);
	}

	@Test
	void findsTheRefusalBehindABeanCreationFailure() {
		SchemaMutationRefusedException refusal = new SchemaMutationRefusedException(List.of(DDL_AUTO));
		FailureAnalysis analysis = analyze(new BeanCreationException("policy", "wrapped", refusal));
		assertThat(analysis.getCause()).isSameAs(refusal);
	}

	@Test
	void isRegisteredWithSpringBoot() {
		// Other analyzers need the bean factory: leave them out
		assertThat(SpringFactoriesLoader.forDefaultResourceLocation()
			.load(FailureAnalyzer.class, null, FailureHandler.handleMessage((message, failure) -> {
			}))).hasAtLeastOneElementOfType(SchemaMutationRefusedFailureAnalyzer.class);
	}

	private static FailureAnalysis analyze(Throwable failure) {
		FailureAnalysis analysis = new SchemaMutationRefusedFailureAnalyzer().analyze(failure);
		assertThat(analysis).isNotNull();
		return analysis;
	}

}

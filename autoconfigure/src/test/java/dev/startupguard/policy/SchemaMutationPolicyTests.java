package dev.startupguard.policy;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.mock.env.MockEnvironment;

import dev.startupguard.report.Finding;
import dev.startupguard.report.FindingKind;
import dev.startupguard.report.FixRisk;
import dev.startupguard.report.Severity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * Tests for {@link SchemaMutationPolicy} and the {@link SchemaMutationPolicyReport} it
 * gives.
 */
@ExtendWith(OutputCaptureExtension.class)
class SchemaMutationPolicyTests {

	private static final PersistenceClasspath JPA = new PersistenceClasspath(true, true, false, false,
			SchemaMutationPolicyTests.class.getClassLoader());

	private static final ProductionDetector DETECTOR = new ProductionDetector(List.of("prod"), null);

	@Test
	void productionWithASchemaChangingSettingIsRefused() {
		MockEnvironment environment = server().withProperty("spring.jpa.hibernate.ddl-auto", "update")
			.withProperty("spring.liquibase.drop-first", "true");
		environment.setActiveProfiles("prod");
		assertThatExceptionOfType(SchemaMutationRefusedException.class)
			.isThrownBy(() -> policy(false).enforce(environment))
			.satisfies((ex) -> assertThat(ex.getMutations()).extracting(SchemaMutation::assignment)
				.containsExactly("spring.jpa.hibernate.ddl-auto=update", "spring.liquibase.drop-first=true"))
			.withMessage("Startup Guard refused to start in production: 2 settings would let the application change "
					+ "the database schema: spring.jpa.hibernate.ddl-auto=update (property source 'mockProperties'); "
					+ "spring.liquibase.drop-first=true (property source 'mockProperties')");
	}

	@Test
	void productionWithoutSchemaChangingSettingsStartsQuietly(CapturedOutput output) {
		MockEnvironment environment = server().withProperty("spring.jpa.hibernate.ddl-auto", "validate");
		environment.setActiveProfiles("prod");
		SchemaMutationPolicyReport report = policy(false).enforce(environment);
		assertThat(report.production()).isTrue();
		assertThat(report.mutations()).isEmpty();
		assertThat(report.findings().isEmpty()).isTrue();
		assertThat(output).doesNotContain("Startup Guard");
	}

	@Test
	void allowedInProductionStartsWithALoudWarningAndAFindingPerSetting(CapturedOutput output) {
		MockEnvironment environment = server().withProperty("spring.jpa.hibernate.ddl-auto", "update")
			.withProperty("spring.flyway.clean-disabled", "false");
		environment.setActiveProfiles("prod");
		SchemaMutationPolicyReport report = policy(true).enforce(environment);
		assertThat(report.refused()).isFalse();
		assertThat(report.findings().toList()).containsExactly(
				new Finding(Severity.WARNING, FindingKind.SCHEMA_MUTATION_SETTING, null, null,
						"spring.jpa.hibernate.ddl-auto=update (property source 'mockProperties') "
								+ SchemaAction.UPDATE.effect(),
						"spring.jpa.hibernate.ddl-auto=validate", FixRisk.SAFE),
				new Finding(Severity.WARNING, FindingKind.SCHEMA_MUTATION_SETTING, null, null,
						"spring.flyway.clean-disabled=false (property source 'mockProperties') "
								+ SchemaMutationSetting.FLYWAY_CLEAN_DISABLED.effect("false"),
						"spring.flyway.clean-disabled=true", FixRisk.SAFE));
		assertThat(output).contains("WARN")
			.contains("startup-guard.allow-schema-mutation-in-production=true lets this production start go on with "
					+ "2 settings that would change the database schema")
			.contains("spring.jpa.hibernate.ddl-auto=update")
			.contains("spring.flyway.clean-disabled=false")
			.contains("instead: spring.jpa.hibernate.ddl-auto=validate");
	}

	@Test
	void outsideProductionTheSameSettingsAreOneInfoLine(CapturedOutput output) {
		MockEnvironment environment = server().withProperty("spring.jpa.hibernate.ddl-auto", "create-drop")
			.withProperty("spring.liquibase.drop-first", "true");
		SchemaMutationPolicyReport report = policy(false).enforce(environment);
		assertThat(report.production()).isFalse();
		assertThat(report.mutations()).hasSize(2);
		assertThat(report.findings().isEmpty()).isTrue();
		assertThat(output.getOut().lines().filter((line) -> line.contains("Startup Guard"))).singleElement()
			.satisfies((line) -> assertThat(line).contains("INFO")
				.contains("Startup Guard: in production, this start would be refused, since 2 settings would let "
						+ "the application change the database schema: spring.jpa.hibernate.ddl-auto=create-drop "
						+ "(property source 'mockProperties'); spring.liquibase.drop-first=true "
						+ "(property source 'mockProperties')."));
	}

	@Test
	void outsideProductionWithNothingToReportLogsNothing(CapturedOutput output) {
		policy(false).enforce(server());
		assertThat(output).doesNotContain("Startup Guard");
	}

	@Test
	void sqlInitScriptsInProductionAreAWarningNotARefusal(CapturedOutput output) {
		MockEnvironment environment = server().withProperty("spring.sql.init.mode", "always")
			.withProperty("spring.sql.init.schema-locations", "classpath:policy/schema-sample.sql");
		environment.setActiveProfiles("prod");
		SchemaMutationPolicyReport report = policy(false).enforce(environment);
		assertThat(report.refused()).isFalse();
		assertThat(report.findings().toList()).singleElement().satisfies((finding) -> {
			assertThat(finding.severity()).isEqualTo(Severity.WARNING);
			assertThat(finding.kind()).isEqualTo(FindingKind.SCHEMA_MUTATION_SETTING);
			assertThat(finding.fix()).isEqualTo("spring.sql.init.mode=never");
		});
		assertThat(output).contains("WARN")
			.contains("Startup Guard: this production start changes the database schema outside any migration tool, "
					+ "through 1 setting:")
			.contains("spring.sql.init.mode=always");
	}

	@Test
	void outsideProductionSqlInitScriptsAreMentionedInTheInfoLine(CapturedOutput output) {
		policy(false).enforce(server().withProperty("spring.sql.init.mode", "always")
			.withProperty("spring.sql.init.schema-locations", "classpath:policy/schema-sample.sql"));
		assertThat(output).contains("Startup Guard: in production, this start would log a warning for "
				+ "spring.sql.init.mode=always (property source 'mockProperties').");
	}

	private static MockEnvironment server() {
		return new MockEnvironment().withProperty("spring.datasource.url", "jdbc:postgresql://db/shop");
	}

	private static SchemaMutationPolicy policy(boolean allowed) {
		return new SchemaMutationPolicy(new SchemaMutationInspector(JPA), DETECTOR, allowed);
	}

}

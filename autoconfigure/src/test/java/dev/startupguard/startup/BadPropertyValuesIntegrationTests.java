package dev.startupguard.startup;

import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestInstance.Lifecycle;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.context.properties.bind.BindException;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.context.ConfigurableApplicationContext;

import dev.startupguard.report.Finding;
import dev.startupguard.report.FindingKind;
import dev.startupguard.report.GuardReports;
import dev.startupguard.report.Severity;
import dev.startupguard.startup.app.GuardedApplication;
import dev.startupguard.testdb.TestDatabase;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * A real application started with each kind of bad property value: the start fails before
 * the guard touches the database, with a failure analysis that names the property, says
 * what was wrong and what is accepted. Enum values are Spring Boot's own analysis (it
 * lists the accepted values); the rest is the properties' own validation, rendered by
 * Boot's {@code BindValidationFailureAnalyzer}. An unknown schema can only be told
 * against the database, so it is a finding, not a failed start.
 */
@TestInstance(Lifecycle.PER_CLASS)
@ExtendWith(OutputCaptureExtension.class)
class BadPropertyValuesIntegrationTests {

	private TestDatabase postgres;

	private TestDatabase mariadb;

	@BeforeAll
	void openDatabases() {
		this.postgres = TestDatabase.postgres("badprops");
		this.mariadb = TestDatabase.mariadb("badprops");
		for (TestDatabase database : List.of(this.postgres, this.mariadb)) {
			database.execute("CREATE TABLE customer (id bigint PRIMARY KEY, name varchar(80) NOT NULL,"
					+ " loyalty_tier varchar(20))");
		}
	}

	@AfterAll
	void dropDatabases() {
		this.postgres.close();
		this.mariadb.close();
	}

	static Stream<Arguments> badValues() {
		return Stream.of(
				bad("startup-guard.on-drift=banana", "Property: startup-guard.on-drift", "Value: \"banana\"",
						"Origin: \"startup-guard.on-drift\" from property source \"commandLineArgs\"",
						"No enum constant dev.startupguard.report.DriftAction.banana",
						"The following values are valid:\n\n    FAIL\n    IGNORE\n    WARN"),
				bad("startup-guard.on-check-error=sometimes", "Property: startup-guard.on-check-error",
						"Value: \"sometimes\"", "The following values are valid:\n\n    FAIL\n    IGNORE\n    WARN"),
				bad("startup-guard.fail-severity=fatal", "Property: startup-guard.fail-severity", "Value: \"fatal\"",
						"The following values are valid:\n\n    ERROR\n    INFO\n    WARNING"),
				bad("startup-guard.severity.missing-table=fatal", "Property: startup-guard.severity.missing-table",
						"Value: \"fatal\"", "The following values are valid:\n\n    ERROR\n    INFO\n    WARNING"),
				// an unknown kind is a key of the map: Boot names the map and the key,
				// and lists the kinds
				bad("startup-guard.severity.missing-banana=info",
						"Failed to bind properties under 'startup-guard.severity'",
						"No enum constant dev.startupguard.report.FindingKind.missing-banana",
						"The following values are valid:", "    MISSING_TABLE\n", "    NULLABILITY_MISMATCH\n"),
				bad("startup-guard.suppress[0].kind=missing-banana", "Property: startup-guard.suppress[0].kind",
						"Value: \"missing-banana\"", "The following values are valid:", "    MISSING_FOREIGN_KEY\n"),
				bad("startup-guard.check-timeout=banana", "Property: startup-guard.check-timeout",
						"'banana' is not a valid duration"),
				bad("startup-guard.check-timeout=-1s", "Property: startup-guard.checkTimeout", "Value: \"PT-1S\"",
						"Origin: \"startup-guard.check-timeout\" from property source \"commandLineArgs\"",
						"Reason: must be longer than zero, such as 10s"),
				bad("startup-guard.check-timeout=0", "Property: startup-guard.checkTimeout", "Value: \"PT0S\"",
						"Reason: must be longer than zero, such as 10s"),
				bad("startup-guard.recheck-interval=0s", "Property: startup-guard.recheckInterval",
						"Reason: must be longer than zero, such as 5m, or left unset"),
				bad("startup-guard.ignore-tables=^audit_.*", "Property: startup-guard.ignoreTables[0]",
						"Value: \"^audit_.*\"", "'^audit_.*' is written as a regular expression ('^')",
						"patterns take '*' for any characters and '?' for one"),
				bad("startup-guard.ignore-tables[0]= ", "Property: startup-guard.ignoreTables[0]",
						"Reason: a pattern must not be blank"),
				bad("startup-guard.suppress[0].table=(audit|log)", "Property: startup-guard.suppress[0].table",
						"Value: \"(audit|log)\"", "is written as a regular expression ('(')"),
				bad("startup-guard.suppress[0].column=name+", "Property: startup-guard.suppress[0].column",
						"is written as a regular expression ('+')"),
				bad("startup-guard.suppress[0].reason=legacy", "Property: startup-guard.suppress[0]",
						"Value: \"kind=, table=, column=, reason=legacy\"",
						"Reason: mutes every finding: give it a 'kind' (such as missing-foreign-key), a 'table'"
								+ " pattern or a 'column' pattern"),
				bad("startup-guard.schemas[0]=", "Property: startup-guard.schemas[0]", "Reason: must name a schema"));
	}

	private static Arguments bad(String property, String... analysis) {
		return Arguments.of(property, List.of(analysis));
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("badValues")
	void badValueFailsTheStartWithAnAnalysisNamingThePropertyAndWhatItAccepts(String property, List<String> analysis,
			CapturedOutput output) {
		assertThatExceptionOfType(BindException.class).isThrownBy(() -> run(this.postgres, "--" + property).close());
		String failure = output.toString().substring(output.toString().indexOf("APPLICATION FAILED TO START"));
		assertThat(failure).contains("Description:")
			.contains("Action:")
			.contains("Update your application's configuration");
		for (String fragment : analysis) {
			assertThat(failure).contains(fragment);
		}
		// refused before the guard ran: no check, nothing logged by the guard
		assertThat(output).doesNotContain("Startup Guard checked");
	}

	@Test
	void unknownSchemaOnPostgresIsAFinding() {
		unknownSchemaIsAFindingNamingIt(this.postgres);
	}

	@Test
	void unknownSchemaOnMariaDbIsAFinding() {
		unknownSchemaIsAFindingNamingIt(this.mariadb);
	}

	private void unknownSchemaIsAFindingNamingIt(TestDatabase database) {
		try (ConfigurableApplicationContext context = run(database, "--startup-guard.schemas=no_such_schema")) {
			List<Finding> findings = GuardReports.unit(context, "default")
				.findings()
				.filter((finding) -> finding.kind() == FindingKind.MISSING_SCHEMA)
				.toList();
			assertThat(findings).singleElement().satisfies((finding) -> {
				assertThat(finding.severity()).isEqualTo(Severity.WARNING);
				assertThat(finding.message()).startsWith("Schema no_such_schema named in startup-guard.schemas does"
						+ " not exist, or the application's user may not see it: none of its tables is checked.");
			});
		}
	}

	@Test
	void existingSchemaIsNoFinding() {
		this.postgres.execute("CREATE SCHEMA IF NOT EXISTS audit");
		try (ConfigurableApplicationContext context = run(this.postgres, "--startup-guard.schemas=audit")) {
			assertThat(GuardReports.unit(context, "default").findings().stream().map(Finding::kind))
				.doesNotContain(FindingKind.MISSING_SCHEMA);
		}
	}

	private ConfigurableApplicationContext run(TestDatabase database, String... arguments) {
		return new SpringApplicationBuilder(GuardedApplication.class).web(WebApplicationType.NONE)
			.properties("spring.datasource.url=" + database.url(), "spring.jpa.open-in-view=false",
					"spring.main.banner-mode=off", "spring.sql.init.mode=never", "spring.jpa.hibernate.ddl-auto=none")
			.run(arguments);
	}

}

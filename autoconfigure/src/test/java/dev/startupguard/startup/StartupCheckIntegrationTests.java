package dev.startupguard.startup;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestInstance.Lifecycle;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.context.ConfigurableApplicationContext;

import dev.startupguard.report.FindingKind;
import dev.startupguard.report.CheckObserver;
import dev.startupguard.report.GuardReports;
import dev.startupguard.report.LatestReport;
import dev.startupguard.report.Recheck;
import dev.startupguard.report.Subject;
import dev.startupguard.report.SubjectKind;
import dev.startupguard.report.SubjectReport;
import dev.startupguard.report.Severity;
import dev.startupguard.startup.app.GuardedApplication;
import dev.startupguard.testdb.TestDatabase;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatException;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * A real application on a real database, started with drift and without: it logs what the
 * guard found, and refuses the start where it must with a failure analysis. Run on every
 * database by a subclass.
 */
@TestInstance(Lifecycle.PER_CLASS)
@ExtendWith(OutputCaptureExtension.class)
abstract class StartupCheckIntegrationTests {

	private TestDatabase database;

	abstract TestDatabase createDatabase();

	@BeforeAll
	void openDatabase() {
		this.database = createDatabase();
	}

	@AfterAll
	void dropDatabase() {
		this.database.close();
	}

	@BeforeEach
	void createDriftedSchema() {
		this.database.execute("DROP TABLE IF EXISTS customer_order", "DROP TABLE IF EXISTS customer",
				"CREATE TABLE customer (id bigint PRIMARY KEY, name varchar(80) NOT NULL)");
	}

	@Test
	void warnStartsAndLogsEveryFindingWithItsFix(CapturedOutput output) {
		assertStartLogsTheMissingTableAndColumn(output, "--startup-guard.on-drift=warn");
		assertThat(output).contains("Startup Guard checked persistence unit 'default' against")
			.containsIgnoringCase("ADD COLUMN loyalty_tier varchar(20)")
			.contains("Apply the migrations before deploying the code that needs them");
	}

	@Test
	void jhipsterConnectionSettingsGetTheRealFindings(CapturedOutput output) {
		assertStartLogsTheMissingTableAndColumn(output, "--startup-guard.on-drift=warn",
				"--spring.datasource.hikari.auto-commit=false",
				"--spring.jpa.properties.hibernate.connection.provider_disables_autocommit=true");
		assertThat(output).doesNotContain("CHECK_ERROR");
	}

	private void assertStartLogsTheMissingTableAndColumn(CapturedOutput output, String... arguments) {
		try (ConfigurableApplicationContext context = run(arguments)) {
			SubjectReport report = GuardReports.unit(context, "default");
			assertThat(report.findings().stream().map((finding) -> finding.kind()))
				.containsExactly(FindingKind.MISSING_TABLE, FindingKind.MISSING_COLUMN);
		}
		assertThat(output).contains(": 2 errors, 0 warnings, 0 info.")
			.containsIgnoringCase("ERROR MISSING_COLUMN: Column customer.loyalty_tier does not exist")
			.containsIgnoringCase("ERROR MISSING_TABLE: Table customer_order does not exist");
	}

	@Test
	void failRefusesTheStartWithAFailureAnalysis(CapturedOutput output) {
		assertThatExceptionOfType(StartRefusedException.class).isThrownBy(() -> run("--startup-guard.on-drift=fail"));
		assertThat(output).contains("APPLICATION FAILED TO START")
			.contains("The database schema of persistence unit 'default'")
			.contains("2 finding(s) refuse the start")
			.containsIgnoringCase("- ERROR MISSING_TABLE: Table customer_order does not exist")
			.containsIgnoringCase("- ERROR MISSING_COLUMN: Column customer.loyalty_tier does not exist")
			.contains("Action:")
			.contains("Apply the migrations this code needs before deploying it");
	}

	@Test
	void productionProfileRefusesByDefault() {
		assertThatExceptionOfType(StartRefusedException.class).isThrownBy(() -> run("--spring.profiles.active=prod"));
	}

	@Test
	void severityOverrideAndSuppressionLetTheStartGoOn(CapturedOutput output) {
		try (ConfigurableApplicationContext context = run("--startup-guard.on-drift=fail",
				"--startup-guard.severity.missing-table=warning", "--startup-guard.suppress[0].kind=missing-column",
				"--startup-guard.suppress[0].table=customer", "--startup-guard.suppress[0].reason=added next release",
				"--logging.level.dev.startupguard=debug")) {
			SubjectReport report = GuardReports.unit(context, "default");
			assertThat(report.findings().stream().map((finding) -> finding.kind()))
				.containsExactly(FindingKind.MISSING_TABLE);
			assertThat(report.suppressed()).singleElement()
				.satisfies((suppressed) -> assertThat(suppressed.reason()).isEqualTo("added next release"));
		}
		assertThat(output).contains(": 0 errors, 1 warning, 0 info, 1 suppressed.")
			.containsIgnoringCase(
					"Suppressed (added next release): ERROR MISSING_COLUMN: Column customer.loyalty_tier");
	}

	@Test
	void cleanSchemaLogsOneLine(CapturedOutput output) {
		this.database.execute("ALTER TABLE customer ADD COLUMN loyalty_tier varchar(20)",
				"CREATE TABLE customer_order (id bigint PRIMARY KEY, customer_id bigint NOT NULL"
						+ " REFERENCES customer (id), total numeric(12,2) NOT NULL)");
		try (ConfigurableApplicationContext context = run("--startup-guard.on-drift=fail")) {
			assertThat(GuardReports.unit(context, "default").findings().isEmpty()).isTrue();
		}
		assertThat(output).contains("the schema matches the entities.").doesNotContain("WARN").doesNotContain("ERROR");
	}

	@Test
	void allowedSchemaMutationInProductionIsAWarningOfTheApplicationSettings() {
		try (ConfigurableApplicationContext context = run("--spring.profiles.active=prod",
				"--startup-guard.allow-schema-mutation-in-production=true", "--spring.jpa.hibernate.ddl-auto=update")) {
			assertThat(GuardReports.unit(context, "default").findings().isEmpty()).isTrue();
			SubjectReport report = context.getBean(LatestReport.class)
				.get()
				.subject(Subject.applicationSettings())
				.orElseThrow();
			assertThat(report.details()).containsEntry("production", true);
			assertThat(report.findings().toList()).singleElement().satisfies((finding) -> {
				assertThat(finding.kind()).isEqualTo(FindingKind.SCHEMA_MUTATION_SETTING);
				assertThat(finding.severity()).isEqualTo(Severity.WARNING);
				assertThat(finding.message()).startsWith("spring.jpa.hibernate.ddl-auto=update (command-line argument");
			});
		}
	}

	@Test
	void disabledGuardChecksNothing(CapturedOutput output) {
		try (ConfigurableApplicationContext context = run("--startup-guard.enabled=false")) {
			assertThat(context.getBeansOfType(SubjectChecks.class)).isEmpty();
		}
		assertThat(output).doesNotContain("Startup Guard");
	}

	@Test
	void validateGivesTheCompleteReportInsteadOfHibernatesFirstMismatch(CapturedOutput output) {
		assertThatException()
			.isThrownBy(() -> run("--spring.jpa.hibernate.ddl-auto=validate", "--startup-guard.on-drift=warn"))
			.havingRootCause()
			.isInstanceOf(StartRefusedException.class);
		assertThat(output).containsIgnoringCase("- ERROR MISSING_TABLE: Table customer_order does not exist")
			.containsIgnoringCase("- ERROR MISSING_COLUMN: Column customer.loyalty_tier does not exist");
	}

	@Test
	void validateThatPassesReadsTheSchemaOnce() {
		this.database.execute("ALTER TABLE customer ADD COLUMN loyalty_tier varchar(20)",
				"CREATE TABLE customer_order (id bigint PRIMARY KEY, customer_id bigint NOT NULL"
						+ " REFERENCES customer (id), total numeric(12,2) NOT NULL)");
		AtomicInteger checksAfterTheHandOver = new AtomicInteger();
		CheckObserver counting = (subject, check) -> {
			if (subject.kind() == SubjectKind.PERSISTENCE_UNIT) {
				checksAfterTheHandOver.incrementAndGet();
			}
			return check.get();
		};
		try (ConfigurableApplicationContext context = new SpringApplicationBuilder(GuardedApplication.class)
			.web(WebApplicationType.NONE)
			.initializers((applicationContext) -> applicationContext.getBeanFactory()
				.registerSingleton("countingObserver", counting))
			.run(arguments("--spring.jpa.hibernate.ddl-auto=validate", "--startup-guard.on-drift=fail"))) {
			SubjectReport report = GuardReports.unit(context, "default");
			assertThat(report.findings().isEmpty()).isTrue();
			assertThat(checksAfterTheHandOver).hasValue(0);
			context.getBean(Recheck.class).recheck();
			assertThat(checksAfterTheHandOver).hasValue(1);
		}
	}

	private ConfigurableApplicationContext run(String... arguments) {
		return new SpringApplicationBuilder(GuardedApplication.class).web(WebApplicationType.NONE)
			.run(arguments(arguments));
	}

	private String[] arguments(String... arguments) {
		List<String> args = new ArrayList<>(List.of(arguments));
		if (args.stream().noneMatch((argument) -> argument.startsWith("--spring.jpa.hibernate.ddl-auto"))) {
			args.add("--spring.jpa.hibernate.ddl-auto=none");
		}
		args.addAll(List.of("--spring.datasource.url=" + this.database.url(), "--spring.jpa.open-in-view=false",
				"--spring.main.banner-mode=off", "--spring.sql.init.mode=never"));
		return args.toArray(String[]::new);
	}

}

package dev.startupguard.startup;

import java.util.ArrayList;
import java.util.List;

import javax.sql.DataSource;

import io.micrometer.core.instrument.MeterRegistry;
import liquibase.integration.spring.SpringLiquibase;
import liquibase.integration.spring.SpringResourceAccessor;
import liquibase.resource.ResourceAccessor;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.health.contributor.CompositeHealthContributor;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.boot.health.contributor.Status;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.io.DefaultResourceLoader;

import dev.startupguard.report.Finding;
import dev.startupguard.report.FindingKind;
import dev.startupguard.report.GuardReports;
import dev.startupguard.report.LatestReport;
import dev.startupguard.report.Subject;
import dev.startupguard.report.SubjectReport;
import dev.startupguard.startup.app.GuardedApplications;
import dev.startupguard.testdb.LiquibaseDatabaseTests;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatException;

/**
 * A real JPA application with Liquibase on a real database, in each configuration
 * Liquibase is run with: updating at startup, disabled at startup, the application's own
 * {@link SpringLiquibase} bean as JHipster defines it, and custom table names. Run on
 * every database by a subclass.
 */
@ExtendWith(OutputCaptureExtension.class)
abstract class LiquibaseStartupIntegrationTests extends LiquibaseDatabaseTests {

	static final String CUSTOMER = """
			<changeSet id="create-customer" author="ada">
			    <createTable tableName="customer">
			        <column name="id" type="bigint"><constraints primaryKey="true"/></column>
			        <column name="name" type="varchar(80)"><constraints nullable="false"/></column>
			        <column name="note" type="varchar(200)"/>
			    </createTable>
			    <createTable tableName="customer_order">
			        <column name="id" type="bigint"><constraints primaryKey="true"/></column>
			        <column name="customer_id" type="bigint"><constraints nullable="false"
			            foreignKeyName="fk_order_customer" referencedTableName="customer" referencedColumnNames="id"/></column>
			        <column name="total" type="numeric(12,2)"><constraints nullable="false"/></column>
			    </createTable>
			</changeSet>""";

	static final String LOYALTY_TIER = """
			<changeSet id="add-loyalty-tier" author="grace">
			    <addColumn tableName="customer"><column name="loyalty_tier" type="varchar(20)"/></addColumn>
			</changeSet>""";

	static final String DROP_NOTE = """
			<changeSet id="drop-note" author="grace">
			    <dropColumn tableName="customer" columnName="note"/>
			</changeSet>""";

	@Test
	void updatingAtStartupReportsWhatThisStartApplied(CapturedOutput output) throws Exception {
		xmlChangeLog(CUSTOMER, LOYALTY_TIER);
		try (ConfigurableApplicationContext context = run("--startup-guard.on-drift=fail")) {
			SubjectReport report = migrations(context, "liquibase");
			assertThat(report.details()).containsEntry("tool", "liquibase")
				.containsEntry("historyTable", "DATABASECHANGELOG")
				.containsEntry("latestVersion", "add-loyalty-tier by grace (" + changeLogPath() + ")")
				.containsEntry("currentVersion", "add-loyalty-tier by grace (" + changeLogPath() + ")");
			assertThat(kinds(report)).containsExactly(FindingKind.MIGRATION_APPLIED_AT_START,
					FindingKind.MIGRATION_APPLIED_AT_START);
			assertOnlyUnmappedNote(GuardReports.unit(context, "default"));
		}
		assertThat(output).contains("Startup Guard checked migration tool 'liquibase' against")
			.contains("INFO MIGRATION_APPLIED_AT_START: Changeset add-loyalty-tier by grace (");
	}

	@Test
	void disabledAtStartupReadsTheChangelogSpringLiquibaseDescribes(CapturedOutput output) throws Exception {
		xmlChangeLog(CUSTOMER);
		update(changeLogPath(), null);
		xmlChangeLog(CUSTOMER, LOYALTY_TIER);
		int start = output.length();
		try (ConfigurableApplicationContext context = run("--spring.liquibase.enabled=false",
				"--startup-guard.on-drift=warn")) {
			assertThat(context.getBeansOfType(SpringLiquibase.class)).isEmpty();
			SubjectReport report = migrations(context, "liquibase");
			assertThat(report.findings().toList()).singleElement().satisfies((finding) -> {
				assertThat(finding.kind()).isEqualTo(FindingKind.MIGRATION_PENDING);
				assertThat(finding.message()).startsWith("Changeset add-loyalty-tier by grace (")
					.contains("since Liquibase does not run here");
			});
			assertThat(kinds(GuardReports.unit(context, "default"))).containsExactly(FindingKind.MISSING_COLUMN,
					FindingKind.UNMAPPED_COLUMN);
			HealthIndicator liquibase = (HealthIndicator) context
				.getBean("migrationsHealthContributor", CompositeHealthContributor.class)
				.getContributor("liquibase");
			Health health = liquibase.health();
			assertThat(health.getStatus()).isEqualTo(Status.DOWN);
			assertThat(health.getDetails()).containsEntry("tool", "liquibase");
			assertThat(context.getBean(MeterRegistry.class)
				.get("startupguard.migrations")
				.tag("tool", "liquibase")
				.tag("state", "pending")
				.gauge()
				.value()).isEqualTo(1);
		}
		assertThat(output).contains("ERROR MIGRATION_PENDING: Changeset add-loyalty-tier by grace (");
		// the guard's reads leave Liquibase's progress lines out of the log
		assertThat(output.toString().substring(start)).doesNotContain("Reading from")
			.doesNotContain("Set default schema name");
	}

	@Test
	void deployAheadOfItsChangesetsIsRefusedInProduction(CapturedOutput output) throws Exception {
		xmlChangeLog(CUSTOMER);
		update(changeLogPath(), null);
		xmlChangeLog(CUSTOMER, LOYALTY_TIER);
		assertThatException().isThrownBy(() -> run("--spring.liquibase.enabled=false", "--spring.profiles.active=prod"))
			.isInstanceOf(StartRefusedException.class);
		assertThat(output).contains("The migrations of migration tool 'liquibase'")
			.contains("- ERROR MIGRATION_PENDING: Changeset add-loyalty-tier by grace (");
	}

	@Test
	void pendingDropColumnIsRefusedInProductionBeforeAnythingIsApplied(CapturedOutput output) throws Exception {
		xmlChangeLog(CUSTOMER, LOYALTY_TIER);
		update(changeLogPath(), null);
		this.database.execute("INSERT INTO customer (id, name, note) VALUES (1, 'Ada', 'prefers mail')",
				"INSERT INTO customer (id, name, note) VALUES (2, 'Grace', 'call first')");
		xmlChangeLog(CUSTOMER, LOYALTY_TIER, DROP_NOTE);
		assertThatException().isThrownBy(() -> run("--spring.profiles.active=prod"))
			.havingRootCause()
			.isInstanceOf(DestructiveMigrationRefusedException.class);
		assertThat(output)
			.contains("Migration tool 'liquibase' was about to apply destructive statements in production")
			.containsPattern(
					"- Changeset drop-note by grace \\([^)]*\\), statement 1: ALTER TABLE \\S*customer\\S* DROP")
			.contains("startup-guard.migrations.acknowledged-destructive=drop-note");
		assertThat(this.database.rows("SELECT id, name, note FROM customer ORDER BY id"))
			.containsExactly("1|Ada|prefers mail", "2|Grace|call first");
		assertThat(this.database.rows("SELECT id FROM DATABASECHANGELOG ORDER BY ORDEREXECUTED"))
			.containsExactly("create-customer", "add-loyalty-tier");
		try (ConfigurableApplicationContext context = run("--spring.profiles.active=prod",
				"--startup-guard.migrations.acknowledged-destructive=drop-note")) {
			assertThat(kinds(migrations(context, "liquibase"))).contains(FindingKind.MIGRATION_LINT,
					FindingKind.MIGRATION_APPLIED_AT_START);
		}
		assertThat(this.database.rows("SELECT id, name FROM customer ORDER BY id")).containsExactly("1|Ada", "2|Grace");
	}

	@Test
	void applicationsOwnLiquibaseBeanIsReadNotItsProperties() throws Exception {
		xmlChangeLog(CUSTOMER);
		update(changeLogPath(), null);
		xmlChangeLog(CUSTOMER, LOYALTY_TIER);
		try (ConfigurableApplicationContext context = run(List.of(OwnLiquibase.class), "--own.should-run=false",
				"--startup-guard.on-drift=warn")) {
			SubjectReport report = migrations(context, "ownLiquibase");
			assertThat(report.details()).containsEntry("historyTable", "DATABASECHANGELOG");
			assertThat(kinds(report)).containsExactly(FindingKind.MIGRATION_PENDING);
		}
		try (ConfigurableApplicationContext context = run(List.of(OwnLiquibase.class), "--own.should-run=true",
				"--startup-guard.on-drift=fail")) {
			assertThat(kinds(migrations(context, "ownLiquibase")))
				.containsExactly(FindingKind.MIGRATION_APPLIED_AT_START);
		}
	}

	@Test
	void eachOfSeveralLiquibaseBeansIsASubjectOfItsOwn() throws Exception {
		xmlChangeLog(CUSTOMER, LOYALTY_TIER);
		changeLog("billing.xml", xml("""
				<changeSet id="create-invoice" author="ada">
				    <createTable tableName="invoice"><column name="id" type="bigint"/></createTable>
				</changeSet>"""));
		try (ConfigurableApplicationContext context = run(List.of(TwoModules.class),
				"--billing.change-log=file:" + this.changeLogs.resolve("billing.xml"), "--startup-guard.on-drift=warn",
				"--startup-guard.ignore-tables=invoice")) {
			assertThat(kinds(migrations(context, "ordersLiquibase")))
				.containsOnly(FindingKind.MIGRATION_APPLIED_AT_START);
			SubjectReport billing = migrations(context, "billingLiquibase");
			assertThat(billing.details()).containsEntry("historyTable", "billing_log");
			assertThat(kinds(billing)).containsExactly(FindingKind.MIGRATION_APPLIED_AT_START);
		}
	}

	@Test
	void aChangelogThatCannotBeReadIsACheckErrorWithoutItsPasswords(CapturedOutput output) throws Exception {
		xmlChangeLog(CUSTOMER);
		try (ConfigurableApplicationContext context = run("--spring.liquibase.enabled=false",
				"--spring.liquibase.url=jdbc:postgresql://127.0.0.1:1/nowhere?password=url-s3cret",
				"--spring.liquibase.user=deployer", "--spring.liquibase.password=property-s3cret",
				"--startup-guard.on-drift=warn")) {
			assertThat(migrations(context, "liquibase").findings().toList()).singleElement().satisfies((finding) -> {
				assertThat(finding.kind()).isEqualTo(FindingKind.CHECK_ERROR);
				assertThat(finding.message()).startsWith("The changelog could not be read");
			});
		}
		assertThat(output).contains("CHECK_ERROR: The changelog could not be read")
			.doesNotContain("url-s3cret")
			.doesNotContain("property-s3cret");
	}

	@Test
	void customChangelogTablesAreNamedAndNeverReportedAsUnmapped() throws Exception {
		xmlChangeLog(CUSTOMER, LOYALTY_TIER);
		try (ConfigurableApplicationContext context = run("--spring.liquibase.database-change-log-table=schema_log",
				"--spring.liquibase.database-change-log-lock-table=schema_log_lock", "--startup-guard.on-drift=fail")) {
			assertThat(migrations(context, "liquibase").details()).containsEntry("historyTable", "schema_log");
			assertOnlyUnmappedNote(GuardReports.unit(context, "default"));
		}
	}

	/**
	 * Assert that the entities match the changelog's schema but for the customer's note,
	 * which {@link #CUSTOMER} creates for {@link #DROP_NOTE} and no entity maps: an INFO.
	 */
	private static void assertOnlyUnmappedNote(SubjectReport unit) {
		assertThat(unit.findings().toList()).singleElement().satisfies((finding) -> {
			assertThat(finding.kind()).isEqualTo(FindingKind.UNMAPPED_COLUMN);
			assertThat(finding.table()).isEqualToIgnoringCase("customer");
			assertThat(finding.column()).isEqualToIgnoringCase("note");
		});
	}

	// as Spring Boot's Liquibase reads the changelog, so that both record the same file
	@Override
	protected ResourceAccessor resources() {
		return new SpringResourceAccessor(new DefaultResourceLoader());
	}

	String changeLogPath() {
		return "file:" + this.changeLogs.resolve(CHANGE_LOG);
	}

	ConfigurableApplicationContext run(String... arguments) {
		return run(List.of(), arguments);
	}

	ConfigurableApplicationContext run(List<Class<?>> sources, String... arguments) {
		List<String> args = new ArrayList<>(List.of(arguments));
		args.add("--spring.liquibase.change-log=" + changeLogPath());
		return GuardedApplications.run(this.database.url(),
				"org.springframework.boot.flyway.autoconfigure.FlywayAutoConfiguration", sources, args);
	}

	static SubjectReport migrations(ConfigurableApplicationContext context, String name) {
		return context.getBean(LatestReport.class).get().subject(Subject.migrationTool(name)).orElseThrow();
	}

	static List<FindingKind> kinds(SubjectReport report) {
		return report.findings().stream().map(Finding::kind).toList();
	}

	/**
	 * Two modules with a changelog and tables each: an application bean of Liquibase's
	 * type makes Spring Boot back off from its own.
	 */
	@Configuration(proxyBeanMethods = false)
	static class TwoModules {

		@Bean
		SpringLiquibase ordersLiquibase(DataSource dataSource,
				@Value("${spring.liquibase.change-log}") String changeLog) {
			SpringLiquibase liquibase = new SpringLiquibase();
			liquibase.setDataSource(dataSource);
			liquibase.setChangeLog(changeLog);
			return liquibase;
		}

		@Bean
		SpringLiquibase billingLiquibase(DataSource dataSource, @Value("${billing.change-log}") String changeLog) {
			SpringLiquibase liquibase = new SpringLiquibase();
			liquibase.setDataSource(dataSource);
			liquibase.setChangeLog(changeLog);
			liquibase.setDatabaseChangeLogTable("billing_log");
			liquibase.setDatabaseChangeLogLockTable("billing_lock");
			return liquibase;
		}

	}

	/**
	 * The application's own Liquibase bean, as JHipster defines one: the changelog set in
	 * code, and a property deciding only whether it runs.
	 */
	@Configuration(proxyBeanMethods = false)
	static class OwnLiquibase {

		@Bean
		SpringLiquibase ownLiquibase(DataSource dataSource, @Value("${spring.liquibase.change-log}") String changeLog,
				@Value("${own.should-run}") boolean shouldRun) {
			SpringLiquibase liquibase = new SpringLiquibase();
			liquibase.setDataSource(dataSource);
			liquibase.setChangeLog(changeLog);
			liquibase.setShouldRun(shouldRun);
			return liquibase;
		}

	}

}

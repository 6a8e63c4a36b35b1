package dev.startupguard.startup;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import javax.sql.DataSource;

import io.micrometer.core.instrument.MeterRegistry;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.health.contributor.CompositeHealthContributor;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.boot.health.contributor.Status;
import org.springframework.boot.flyway.autoconfigure.FlywayMigrationInitializer;
import org.springframework.boot.flyway.autoconfigure.FlywayMigrationStrategy;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import dev.startupguard.endpoint.SchemaDriftEndpoint;
import dev.startupguard.report.Finding;
import dev.startupguard.report.FindingKind;
import dev.startupguard.report.GuardReports;
import dev.startupguard.report.LatestReport;
import dev.startupguard.report.Subject;
import dev.startupguard.report.SubjectReport;
import dev.startupguard.startup.app.GuardedApplications;
import dev.startupguard.testdb.FlywayDatabaseTests;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatException;

/**
 * A real JPA application with Flyway on a real database, in each configuration Flyway is
 * run with: migrating at startup, disabled at startup, a custom history table, baselines,
 * ignored states, custom suffixes and several Flyway beans. Run on every database by a
 * subclass.
 */
@ExtendWith(OutputCaptureExtension.class)
abstract class FlywayStartupIntegrationTests extends FlywayDatabaseTests {

	static final String CUSTOMER = "CREATE TABLE customer (id bigint PRIMARY KEY, name varchar(80) NOT NULL);\n"
			+ "CREATE TABLE customer_order (id bigint PRIMARY KEY, customer_id bigint NOT NULL REFERENCES customer (id),"
			+ " total numeric(12,2) NOT NULL);";

	static final String LOYALTY_TIER = "ALTER TABLE customer ADD loyalty_tier varchar(20);";

	@Test
	void migratingAtStartupReportsWhatThisStartApplied(CapturedOutput output) throws IOException {
		script("V1__create_customer.sql", CUSTOMER);
		script("V2__add_loyalty_tier.sql", LOYALTY_TIER);
		try (ConfigurableApplicationContext context = run("--startup-guard.on-drift=fail")) {
			SubjectReport report = migrations(context, "flyway");
			assertThat(report.details()).containsEntry("tool", "flyway")
				.containsEntry("historyTable", "flyway_schema_history")
				.containsEntry("currentVersion", "2")
				.containsEntry("latestVersion", "2");
			assertThat(kinds(report)).containsExactly(FindingKind.MIGRATION_APPLIED_AT_START,
					FindingKind.MIGRATION_APPLIED_AT_START);
			assertThat(GuardReports.unit(context, "default").findings().isEmpty()).isTrue();
		}
		assertThat(output).contains("Startup Guard checked migration tool 'flyway' against")
			.contains("INFO MIGRATION_APPLIED_AT_START: Migration 2 (V2__add_loyalty_tier.sql) was pending");
	}

	@Test
	void disabledAtStartupReadsTheMigrationsSpringFlywayDescribes() throws IOException {
		script("V1__create_customer.sql", CUSTOMER);
		script("V2__add_loyalty_tier.sql", LOYALTY_TIER);
		flyway((configuration) -> configuration.target("1")).migrate();
		try (ConfigurableApplicationContext context = run("--spring.flyway.enabled=false",
				"--startup-guard.on-drift=warn")) {
			assertThat(context.getBeansOfType(Flyway.class)).isEmpty();
			SubjectReport report = migrations(context, "flyway");
			assertThat(report.findings().toList()).singleElement().satisfies((finding) -> {
				assertThat(finding.kind()).isEqualTo(FindingKind.MIGRATION_PENDING);
				assertThat(finding.message()).startsWith("Migration 2 (V2__add_loyalty_tier.sql) is pending")
					.contains("since Flyway does not migrate here");
			});
			assertThat(kinds(GuardReports.unit(context, "default"))).containsExactly(FindingKind.MISSING_COLUMN);
		}
	}

	@Test
	void outputsRenderTheMigrationSubject(CapturedOutput output) throws IOException {
		script("V1__create_customer.sql", CUSTOMER);
		script("V2__add_loyalty_tier.sql", LOYALTY_TIER);
		flyway((configuration) -> configuration.target("1")).migrate();
		try (ConfigurableApplicationContext context = run("--spring.flyway.enabled=false",
				"--startup-guard.on-drift=warn", "--management.endpoints.jmx.exposure.include=schemadrift",
				"--spring.jmx.enabled=true")) {
			HealthIndicator flyway = (HealthIndicator) context
				.getBean("migrationsHealthContributor", CompositeHealthContributor.class)
				.getContributor("flyway");
			Health health = flyway.health();
			assertThat(health.getStatus()).isEqualTo(Status.DOWN);
			assertThat(health.getDetails()).containsEntry("tool", "flyway")
				.containsEntry("historyTable", "flyway_schema_history")
				.containsEntry("currentVersion", "1")
				.containsEntry("latestVersion", "2");
			assertThat(context.getBean(MeterRegistry.class)
				.get("startupguard.migrations")
				.tag("tool", "flyway")
				.tag("state", "pending")
				.gauge()
				.value()).isEqualTo(1);
			Map<String, Object> body = context.getBean(SchemaDriftEndpoint.class).schemaDrift();
			assertThat(body).containsKey("migrationTools");
			assertThat(body.get("migrationTools")).asString().contains("MIGRATION_PENDING");
		}
		assertThat(output).contains("Startup Guard checked migration tool 'flyway' against")
			.contains("ERROR MIGRATION_PENDING: Migration 2 (V2__add_loyalty_tier.sql) is pending")
			.contains("The migrations are not in the state this code expects.");
	}

	@Test
	void deployAheadOfItsMigrationsIsRefusedInProduction(CapturedOutput output) throws IOException {
		script("V1__create_customer.sql", CUSTOMER);
		script("V2__add_loyalty_tier.sql", LOYALTY_TIER);
		flyway((configuration) -> configuration.target("1")).migrate();
		assertThatException().isThrownBy(() -> run("--spring.flyway.enabled=false", "--spring.profiles.active=prod"))
			.isInstanceOf(StartRefusedException.class);
		assertThat(output).contains("The migrations of migration tool 'flyway'")
			.contains("- ERROR MIGRATION_PENDING: Migration 2 (V2__add_loyalty_tier.sql) is pending");
	}

	@Test
	void pendingDropColumnIsRefusedInProductionBeforeAnythingIsApplied(CapturedOutput output) throws Exception {
		script("V1__create_customer.sql", CUSTOMER.replace("NOT NULL);", "NOT NULL, note varchar(200));"));
		script("V2__add_loyalty_tier.sql", LOYALTY_TIER);
		script("V3__drop_note.sql", "-- the note moved to its own table\nALTER TABLE customer DROP COLUMN note;");
		flyway((configuration) -> configuration.target("1")).migrate();
		this.database.execute("INSERT INTO customer (id, name, note) VALUES (1, 'Ada', 'prefers mail')",
				"INSERT INTO customer (id, name, note) VALUES (2, 'Grace', 'call first')");
		assertThatException().isThrownBy(() -> run("--spring.profiles.active=prod"))
			.havingRootCause()
			.isInstanceOf(DestructiveMigrationRefusedException.class);
		assertThat(output).contains("Migration tool 'flyway' was about to apply destructive statements in production")
			.contains("- Migration 3 (V3__drop_note.sql), line 2: ALTER TABLE customer DROP COLUMN note")
			.contains("startup-guard.migrations.acknowledged-destructive=3");
		assertThat(this.database.rows("SELECT id, name, note FROM customer ORDER BY id"))
			.containsExactly("1|Ada|prefers mail", "2|Grace|call first");
		assertThat(this.database.rows("SELECT version FROM flyway_schema_history ORDER BY installed_rank"))
			.containsExactly("1");
		try (ConfigurableApplicationContext context = run("--spring.profiles.active=prod",
				"--startup-guard.migrations.acknowledged-destructive=3")) {
			assertThat(kinds(migrations(context, "flyway"))).contains(FindingKind.MIGRATION_LINT);
		}
		assertThat(this.database.rows("SELECT id, name FROM customer ORDER BY id")).containsExactly("1|Ada", "2|Grace");
		assertThat(this.database.rows("SELECT version FROM flyway_schema_history ORDER BY installed_rank"))
			.containsExactly("1", "2", "3");
	}

	@Test
	void customHistoryTableIsNeverAnUnmappedTable() throws IOException {
		script("V1__create_customer.sql", CUSTOMER);
		script("V2__add_loyalty_tier.sql", LOYALTY_TIER);
		try (ConfigurableApplicationContext context = run("--spring.flyway.table=shop_history")) {
			assertThat(migrations(context, "flyway").details()).containsEntry("historyTable", "shop_history");
			assertThat(GuardReports.unit(context, "default").findings().isEmpty()).isTrue();
		}
		try (ConfigurableApplicationContext context = run("--spring.flyway.table=shop_history",
				"--spring.flyway.enabled=false")) {
			assertThat(migrations(context, "flyway").findings().isEmpty()).isTrue();
			assertThat(GuardReports.unit(context, "default").findings().isEmpty()).isTrue();
		}
	}

	@Test
	void baselineOnMigrateLeavesTheMigrationsBelowTheBaselineAlone() throws IOException {
		this.database.execute(CUSTOMER.split(";\n")[0], CUSTOMER.split(";\n")[1].replace(";", ""));
		script("V1__create_customer.sql", CUSTOMER);
		script("V2__add_loyalty_tier.sql", LOYALTY_TIER);
		try (ConfigurableApplicationContext context = run("--spring.flyway.baseline-on-migrate=true",
				"--spring.flyway.baseline-version=1")) {
			SubjectReport report = migrations(context, "flyway");
			assertThat(report.findings().toList()).singleElement()
				.satisfies((finding) -> assertThat(finding.message())
					.startsWith("Migration 2 (V2__add_loyalty_tier.sql) was pending"));
			assertThat(GuardReports.unit(context, "default").findings().isEmpty()).isTrue();
		}
	}

	@Test
	void baselineMigrationReplacesTheVersionsItCovers() throws IOException {
		script("V1__create_customer.sql", CUSTOMER);
		script("V2__add_loyalty_tier.sql", LOYALTY_TIER);
		script("B2__customer.sql", CUSTOMER + "\n" + LOYALTY_TIER);
		try (ConfigurableApplicationContext context = run()) {
			SubjectReport report = migrations(context, "flyway");
			assertThat(report.details()).containsEntry("currentVersion", "2");
			assertThat(report.findings().toList()).singleElement()
				.satisfies((finding) -> assertThat(finding.message()).startsWith("Migration 2 (B2__customer.sql)"));
			assertThat(GuardReports.unit(context, "default").findings().isEmpty()).isTrue();
		}
	}

	@Test
	void ignoredMigrationPatternsAreSuppressedWithTheirReason() throws IOException {
		script("V1__create_customer.sql", CUSTOMER);
		script("V2__add_loyalty_tier.sql", LOYALTY_TIER);
		script("V3__note.sql", "CREATE TABLE note (id bigint PRIMARY KEY);");
		flyway().migrate();
		Files.delete(this.scripts.resolve("V3__note.sql"));
		script("V4__remove_note.sql", "DROP TABLE note;");
		Files.delete(this.scripts.resolve("V2__add_loyalty_tier.sql"));
		try (ConfigurableApplicationContext context = run("--spring.flyway.ignore-migration-patterns=*:missing")) {
			SubjectReport report = migrations(context, "flyway");
			assertThat(report.suppressed()).hasSize(2)
				.allSatisfy((suppressed) -> assertThat(suppressed.reason()).contains("*:missing"));
			assertThat(kinds(report)).contains(FindingKind.MIGRATION_APPLIED_AT_START);
		}
	}

	@Test
	void customSqlMigrationSuffixesAreLinted() throws IOException {
		script("V1__create_customer.ddl", CUSTOMER.replace("NOT NULL);", "NOT NULL, note varchar(200));"));
		script("V2__drop_note.ddl", "ALTER TABLE customer DROP COLUMN note;");
		flyway((configuration) -> configuration.sqlMigrationSuffixes(".ddl").target("1")).migrate();
		try (ConfigurableApplicationContext context = run("--spring.flyway.enabled=false",
				"--spring.flyway.sql-migration-suffixes=.ddl", "--startup-guard.on-drift=warn")) {
			SubjectReport report = migrations(context, "flyway");
			assertThat(report.findings().toList()).filteredOn((finding) -> finding.kind() == FindingKind.MIGRATION_LINT)
				.singleElement()
				.satisfies((finding) -> assertThat(finding.message())
					.startsWith("Migration 2 (V2__drop_note.ddl) line 1 is DESTRUCTIVE"));
		}
	}

	@Test
	void eachFlywayBeanIsASubjectWithItsOwnHistoryTable() throws IOException {
		Path orders = Files.createDirectories(this.scripts.resolve("orders"));
		Path billing = Files.createDirectories(this.scripts.resolve("billing"));
		Files.writeString(orders.resolve("V1__create_customer.sql"), CUSTOMER + "\n" + LOYALTY_TIER);
		Files.writeString(billing.resolve("V1__create_invoice.sql"), "CREATE TABLE invoice (id bigint PRIMARY KEY);");
		try (ConfigurableApplicationContext context = run(List.of(TwoModules.class),
				"--modules.locations=" + this.scripts, "--startup-guard.ignore-tables=invoice")) {
			assertThat(kinds(migrations(context, "ordersFlyway")))
				.containsExactly(FindingKind.MIGRATION_APPLIED_AT_START);
			assertThat(migrations(context, "ordersFlyway").details()).containsEntry("historyTable", "orders_history");
			assertThat(kinds(migrations(context, "billingFlyway"))).containsExactly(FindingKind.MIGRATION_PENDING);
			assertThat(migrations(context, "billingFlyway").details()).containsEntry("historyTable", "billing_history");
			assertThat(GuardReports.unit(context, "default").findings().isEmpty()).isTrue();
		}
	}

	@Test
	void migrationStrategyStaysTheApplications() throws IOException {
		script("V1__create_customer.sql", CUSTOMER + "\n" + LOYALTY_TIER);
		try (ConfigurableApplicationContext context = run(List.of(ValidatingStrategy.class),
				"--startup-guard.on-drift=warn")) {
			assertThat(context.getBean(FlywayMigrationStrategy.class)).isInstanceOf(ValidatingStrategy.Strategy.class);
			assertThat(migrations(context, "flyway").findings().toList()).singleElement()
				.satisfies((finding) -> assertThat(finding.message())
					.contains("Flyway did not apply it at this start (a migration strategy that does not migrate"));
		}
	}

	ConfigurableApplicationContext run(String... arguments) {
		return run(List.of(), arguments);
	}

	ConfigurableApplicationContext run(List<Class<?>> sources, String... arguments) {
		List<String> args = new ArrayList<>(List.of(arguments));
		if (args.stream().noneMatch((argument) -> argument.startsWith("--spring.flyway.locations"))) {
			args.add("--spring.flyway.locations=filesystem:" + this.scripts);
		}
		return GuardedApplications.run(this.database.url(),
				"org.springframework.boot.liquibase.autoconfigure.LiquibaseAutoConfiguration", sources, args);
	}

	static SubjectReport migrations(ConfigurableApplicationContext context, String name) {
		return context.getBean(LatestReport.class).get().subject(Subject.migrationTool(name)).orElseThrow();
	}

	static List<FindingKind> kinds(SubjectReport report) {
		return report.findings().stream().map(Finding::kind).toList();
	}

	/**
	 * Two modules with a Flyway bean and a history table each, as Spring Modulith makes
	 * them; only the orders module migrates at startup.
	 */
	@Configuration(proxyBeanMethods = false)
	static class TwoModules {

		@Bean
		Flyway ordersFlyway(DataSource dataSource, @Value("${modules.locations}") String locations) {
			return Flyway.configure()
				.dataSource(dataSource)
				.locations("filesystem:" + locations + "/orders")
				.table("orders_history")
				.load();
		}

		@Bean
		FlywayMigrationInitializer ordersFlywayInitializer(Flyway ordersFlyway) {
			return new FlywayMigrationInitializer(ordersFlyway);
		}

		@Bean
		Flyway billingFlyway(DataSource dataSource, @Value("${modules.locations}") String locations) {
			return Flyway.configure()
				.dataSource(dataSource)
				.locations("filesystem:" + locations + "/billing")
				.table("billing_history")
				.baselineOnMigrate(true)
				.load();
		}

	}

	/**
	 * A migration strategy that validates instead of migrating.
	 */
	@Configuration(proxyBeanMethods = false)
	static class ValidatingStrategy {

		@Bean
		Strategy validateOnly() {
			return new Strategy();
		}

		static class Strategy implements FlywayMigrationStrategy {

			@Override
			public void migrate(Flyway flyway) {
				flyway.info();
			}

		}

	}

}

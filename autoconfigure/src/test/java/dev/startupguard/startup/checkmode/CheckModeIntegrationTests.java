package dev.startupguard.startup.checkmode;

import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.TimeUnit;

import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.startupguard.testdb.ScratchDatabaseTests;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Check mode as a pipeline runs it: the application in a JVM of its own with
 * {@code --startup-guard.mode=check}, its exit code, its output, and the database
 * unchanged afterwards. Run on every database by a subclass.
 */
abstract class CheckModeIntegrationTests extends ScratchDatabaseTests {

	static final String SCHEMA = "CREATE TABLE customer (id bigint PRIMARY KEY, name varchar(80) NOT NULL,"
			+ " loyalty_tier varchar(20))";

	static final String ORDERS = "CREATE TABLE customer_order (id bigint PRIMARY KEY,"
			+ " customer_id bigint NOT NULL REFERENCES customer (id), total numeric(12,2) NOT NULL)";

	/**
	 * The test application's properties exclude both migration tools; a test of one
	 * replaces that with excluding only the other.
	 */
	static final String EXCLUDE_LIQUIBASE = "--spring.autoconfigure.exclude="
			+ "org.springframework.boot.liquibase.autoconfigure.LiquibaseAutoConfiguration";

	static final String EXCLUDE_FLYWAY = "--spring.autoconfigure.exclude="
			+ "org.springframework.boot.flyway.autoconfigure.FlywayAutoConfiguration";

	@TempDir
	Path folder;

	@Test
	void aSchemaInStepWithTheEntitiesPassesAndNothingElseRuns() throws Exception {
		this.database.execute(SCHEMA, ORDERS);
		Run run = check();
		assertThat(run.exitCode()).as(run.output()).isZero();
		assertThat(run.output()).contains("Startup Guard check passed: no finding at or above ERROR.")
			.doesNotContain("THE APPLICATION'S RUNNER RAN")
			.doesNotContain("Tomcat started");
	}

	@Test
	void aMissingColumnFailsWithTheReportAndLeavesTheDatabaseAsItWas() throws Exception {
		this.database.execute(SCHEMA.replace(", loyalty_tier varchar(20)", ""), ORDERS);
		List<String> before = columns();
		Run run = check();
		assertThat(run.exitCode()).as(run.output()).isEqualTo(1);
		assertThat(run.output()).contains("ERROR MISSING_COLUMN: ")
			.contains("loyalty_tier")
			.contains("Startup Guard check failed: 1 finding(s) at or above ERROR.")
			.doesNotContain("THE APPLICATION'S RUNNER RAN");
		assertThat(columns()).isEqualTo(before);
	}

	@Test
	void jsonAndMarkdownGoToAFile() throws Exception {
		this.database.execute(SCHEMA.replace(", loyalty_tier varchar(20)", ""), ORDERS);
		Path json = this.folder.resolve("report/drift.json");
		Run run = check("--startup-guard.check.format=json", "--startup-guard.check.output=" + json);
		assertThat(run.exitCode()).isEqualTo(1);
		assertThat(Files.readString(json)).startsWith("{\"passed\":false,\"failSeverity\":\"ERROR\",")
			.contains("\"persistenceUnits\":{\"default\":{\"outcome\":\"drift\"")
			.contains("\"kind\":\"MISSING_COLUMN\"");
		Path markdown = this.folder.resolve("drift.md");
		assertThat(
				check("--startup-guard.check.format=markdown", "--startup-guard.check.output=" + markdown).exitCode())
			.isEqualTo(1);
		assertThat(Files.readString(markdown)).startsWith("## Startup Guard\n\nStartup Guard check failed")
			.contains("| ERROR | `MISSING_COLUMN` | customer | loyalty_tier |");
	}

	@Test
	void aSettingThatWouldChangeTheSchemaFailsTheCheckBeforeAnythingChanges() throws Exception {
		this.database.execute(SCHEMA.replace(", loyalty_tier varchar(20)", ""), ORDERS);
		List<String> before = columns();
		Run run = check("--spring.jpa.hibernate.ddl-auto=update");
		assertThat(run.exitCode()).as(run.output()).isNotZero();
		assertThat(run.output()).contains("spring.jpa.hibernate.ddl-auto");
		assertThat(columns()).isEqualTo(before);
	}

	@Test
	void theReportShowsNoPasswordOfTheUrlsOrProperties() throws Exception {
		this.database.execute(SCHEMA.replace(", loyalty_tier varchar(20)", ""), ORDERS);
		String urlSecret = "url-" + UUID.randomUUID();
		String flywaySecret = "flyway-" + UUID.randomUUID();
		Path json = this.folder.resolve("drift.json");
		Run run = check("--spring.flyway.url=" + unreachableUrl() + "?password=" + urlSecret,
				"--spring.flyway.user=deployer", "--spring.flyway.password=" + flywaySecret,
				"--startup-guard.check.format=json", "--startup-guard.check.output=" + json);
		assertThat(run.exitCode()).as(run.output()).isEqualTo(1);
		String report = Files.readString(json);
		assertThat(report).contains("\"kind\":\"CHECK_ERROR\"").contains("\"kind\":\"MISSING_COLUMN\"");
		assertThat(report + run.output()).doesNotContain(urlSecret).doesNotContain(flywaySecret);
		assertThat(check("--spring.flyway.url=" + unreachableUrl() + "?password=" + urlSecret,
				"--spring.flyway.password=" + flywaySecret)
			.output()).contains("CHECK_ERROR").doesNotContain(urlSecret).doesNotContain(flywaySecret);
	}

	@Test
	void pendingFlywayMigrationsFailTheCheckAndAreNotApplied() throws Exception {
		Path scripts = Files.createDirectories(this.folder.resolve("flyway"));
		Files.writeString(scripts.resolve("V1__customers_and_orders.sql"),
				SCHEMA.replace(", loyalty_tier varchar(20)", "") + ";\n" + ORDERS + ";\n");
		Flyway.configure()
			.dataSource(this.database.dataSource())
			.locations("filesystem:" + scripts)
			.target("1")
			.load()
			.migrate();
		Files.writeString(scripts.resolve("V2__loyalty_tier.sql"),
				"ALTER TABLE customer ADD COLUMN loyalty_tier varchar(20);\n");
		List<String> before = columns();
		List<String> history = this.database.rows("SELECT version, success FROM flyway_schema_history");
		Run run = check(EXCLUDE_LIQUIBASE, "--spring.flyway.locations=filesystem:" + scripts);
		assertThat(run.exitCode()).as(run.output()).isEqualTo(1);
		assertThat(run.output()).contains("ERROR MIGRATION_PENDING: ")
			.contains("loyalty_tier")
			.doesNotContain("THE APPLICATION'S RUNNER RAN");
		assertThat(columns()).isEqualTo(before);
		assertThat(this.database.rows("SELECT version, success FROM flyway_schema_history")).isEqualTo(history);
		Flyway.configure().dataSource(this.database.dataSource()).locations("filesystem:" + scripts).load().migrate();
		Run afterMigration = check(EXCLUDE_LIQUIBASE, "--spring.flyway.locations=filesystem:" + scripts);
		assertThat(afterMigration.exitCode()).as(afterMigration.output()).isZero();
	}

	@Test
	void pendingLiquibaseChangeSetsFailTheCheckAndNothingIsCreated() throws Exception {
		Path changeLog = this.folder.resolve("changelog.sql");
		Files.writeString(changeLog, """
				--liquibase formatted sql

				--changeset shop-team:1-customers
				%s;

				--changeset shop-team:2-orders
				%s;
				""".formatted(SCHEMA, ORDERS));
		Run run = check(EXCLUDE_FLYWAY, "--spring.liquibase.change-log=file:" + changeLog);
		assertThat(run.exitCode()).as(run.output()).isEqualTo(1);
		assertThat(run.output()).contains("ERROR MIGRATION_PENDING: Changeset 1-customers by shop-team")
			.contains("ERROR MIGRATION_PENDING: Changeset 2-orders by shop-team")
			.doesNotContain("THE APPLICATION'S RUNNER RAN");
		assertThat(tables()).as("no table, not even Liquibase's own").isEmpty();
	}

	abstract String unreachableUrl();

	List<String> tables() {
		return this.database.rows("SELECT table_name FROM information_schema.tables WHERE table_schema = "
				+ currentSchema() + " ORDER BY table_name");
	}

	List<String> columns() {
		return this.database.rows("SELECT table_name, column_name, is_nullable FROM information_schema.columns"
				+ " WHERE table_schema = " + currentSchema() + " ORDER BY table_name, column_name");
	}

	abstract String currentSchema();

	Run check(String... arguments) throws IOException, InterruptedException {
		String java = System.getProperty("java.home") + File.separator + "bin" + File.separator + "java";
		List<String> command = new ArrayList<>(List.of(java, "-cp", System.getProperty("java.class.path"),
				CheckModeApplication.class.getName(), "--startup-guard.mode=check",
				"--spring.datasource.url=" + this.database.url(), "--spring.jpa.open-in-view=false"));
		command.addAll(List.of(arguments));
		Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
		String output;
		try (InputStream in = process.getInputStream()) {
			output = new String(in.readAllBytes(), StandardCharsets.UTF_8);
		}
		assertThat(process.waitFor(2, TimeUnit.MINUTES)).as("the check exits").isTrue();
		return new Run(process.exitValue(), output);
	}

	record Run(int exitCode, String output) {

	}

}

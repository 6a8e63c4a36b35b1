package dev.startupguard.startup;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.time.Duration;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

import dev.startupguard.report.Finding;
import dev.startupguard.report.FindingKind;
import dev.startupguard.report.GuardReports;
import dev.startupguard.report.SubjectReport;
import dev.startupguard.startup.app.GuardedApplication;
import dev.startupguard.testdb.FlywayDatabaseTests;
import dev.startupguard.testdb.TestDatabase;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Pending migration scripts that are not SQL, very large, or in another encoding than
 * Flyway reads: each is reported, the start goes on, and the check keeps within its
 * timeout. Flyway does not migrate at startup here, so the scripts stay pending.
 */
class HostileMigrationScriptsIntegrationTests extends FlywayDatabaseTests {

	@Override
	protected TestDatabase createDatabase() {
		return TestDatabase.postgres("badscripts");
	}

	@Test
	void scriptThatIsNotSqlIsPendingAndNotLinted() throws IOException {
		migrateV1();
		script("V2__garbage.sql", "THIS IS ~NOT~ SQL ((( ;\nSELECT FROM WHERE;\n$$ unterminated");
		try (ConfigurableApplicationContext context = run()) {
			List<Finding> findings = migrationFindings(context);
			assertThat(findings).extracting(Finding::kind)
				.containsExactly(FindingKind.MIGRATION_PENDING, FindingKind.MIGRATION_NOT_LINTED);
			assertThat(findings.get(1).message()).startsWith("Migration 2 (V2__garbage.sql) line 1")
				.contains("was not linted");
		}
	}

	@Test
	void scriptOfAHundredThousandInsertsIsLintedWithinTheTimeoutAndItsDropStillFlagged() throws IOException {
		migrateV1();
		String inserts = IntStream.range(0, 100_000)
			.mapToObj((i) -> "INSERT INTO customer (id, name) VALUES (" + i + ", 'name " + i + "');")
			.collect(Collectors.joining("\n"));
		script("V2__seed.sql", inserts + "\nALTER TABLE customer DROP COLUMN name;");
		assertThat(inserts.length()).isGreaterThan(5_000_000);
		try (ConfigurableApplicationContext context = run()) {
			SubjectReport report = FlywayStartupIntegrationTests.migrations(context, "flyway");
			assertThat(report.findings().stream().map(Finding::kind)).containsExactly(FindingKind.MIGRATION_PENDING,
					FindingKind.MIGRATION_LINT);
			assertThat(report.findings().toList().get(1).message())
				.startsWith("Migration 2 (V2__seed.sql) line 100001 is DESTRUCTIVE");
			assertThat(report.duration()).isLessThan(Duration.ofSeconds(10));
		}
	}

	@Test
	void scriptInAnotherEncodingIsACheckErrorThatSaysSo() throws IOException {
		migrateV1();
		Files.write(this.scripts.resolve("V2__caf\u00e9.sql"),
				"-- caf\u00e9 cr\u00e8me\nALTER TABLE customer ADD note varchar(20) DEFAULT 'd\u00e9j\u00e0';"
					.getBytes(StandardCharsets.ISO_8859_1));
		try (ConfigurableApplicationContext context = run()) {
			assertThat(migrationFindings(context)).singleElement().satisfies((finding) -> {
				assertThat(finding.kind()).isEqualTo(FindingKind.CHECK_ERROR);
				assertThat(finding.message())
					.startsWith("The migrations could not be read, so their state is unknown: Unable to calculate"
							+ " checksum of V2__caf\u00e9.sql")
					.contains("flyway.encoding");
			});
			// the drift check is a subject of its own, untouched: it still reports the
			// column the entity maps and V1 does not create
			assertThat(GuardReports.unit(context, "default").findings().stream().map(Finding::kind))
				.containsExactly(FindingKind.MISSING_COLUMN);
		}
	}

	private void migrateV1() throws IOException {
		script("V1__create_customer.sql", FlywayStartupIntegrationTests.CUSTOMER);
		flyway().migrate();
	}

	private static List<Finding> migrationFindings(ConfigurableApplicationContext context) {
		return FlywayStartupIntegrationTests.migrations(context, "flyway").findings().toList();
	}

	private ConfigurableApplicationContext run() {
		return new SpringApplicationBuilder(GuardedApplication.class).web(WebApplicationType.NONE)
			.run("--spring.autoconfigure.exclude=org.springframework.boot.liquibase.autoconfigure.LiquibaseAutoConfiguration",
					"--spring.flyway.enabled=false", "--spring.flyway.locations=filesystem:" + this.scripts,
					"--spring.jpa.hibernate.ddl-auto=none", "--spring.datasource.url=" + this.database.url(),
					"--spring.jpa.open-in-view=false", "--spring.main.banner-mode=off",
					"--startup-guard.on-drift=warn");
	}

}

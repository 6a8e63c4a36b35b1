package dev.startupguard.examples.library;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.test.web.servlet.client.RestTestClient;

import dev.startupguard.report.Finding;
import dev.startupguard.report.FindingKind;
import dev.startupguard.report.LatestReport;
import dev.startupguard.report.Severity;
import dev.startupguard.report.Subject;
import dev.startupguard.report.SubjectReport;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Starts the library as it ships, each time on a new in-memory H2 database: Liquibase
 * applies the whole changelog, and the guard reports each changeset as applied at this
 * start and nothing else.
 */
@ExtendWith(OutputCaptureExtension.class)
class LibraryApplicationIT {

	static final List<String> CHANGE_SETS = List.of("1-authors-and-books", "2-members", "3-loans", "4-tag-release-1",
			"5-unique-isbn", "6-loan-due-on-index");

	@Test
	void liquibaseAppliesTheChangelogAndTheSchemaMatchesTheEntities(CapturedOutput output) {
		try (ConfigurableApplicationContext context = start(WebApplicationType.NONE, database())) {
			SubjectReport liquibase = report(context, Subject.migrationTool("liquibase"));
			assertThat(liquibase.details()).containsEntry("tool", "liquibase")
				.containsEntry("changeLog", "classpath:/db/changelog/db.changelog-master.yaml")
				.containsEntry("latestVersion",
						"6-loan-due-on-index by library-team (db/changelog/db.changelog-master.yaml)")
				.containsEntry("currentVersion",
						"6-loan-due-on-index by library-team (db/changelog/db.changelog-master.yaml)");
			// the build's snapshot was taken on PostgreSQL, which production runs: on H2
			// the
			// guard says it is not compared, and why
			assertThat(liquibase.findings().stream().map(Finding::kind))
				.containsOnly(FindingKind.MIGRATION_APPLIED_AT_START, FindingKind.SNAPSHOT_NOT_COMPARED);
			assertThat(liquibase.findings()
				.stream()
				.filter((finding) -> finding.kind() == FindingKind.MIGRATION_APPLIED_AT_START)
				.map(Finding::message)).hasSize(CHANGE_SETS.size())
				.zipSatisfy(CHANGE_SETS, (message, id) -> assertThat(message).startsWith("Changeset " + id + " by "));
			assertThat(report(context, Subject.persistenceUnit("default")).findings().stream().map(Finding::severity))
				.doesNotContain(Severity.ERROR, Severity.WARNING);
		}
		assertThat(output).contains("Startup Guard checked migration tool 'liquibase' against H2")
			.contains("Startup Guard checked persistence unit 'default' against H2")
			.doesNotContain("WARNING MIGRATION_", "ERROR MIGRATION_", " WARN ", " ERROR ");
	}

	@Test
	void healthIsUpWithTheMigrationsAndTheSchema() {
		try (ConfigurableApplicationContext context = start(WebApplicationType.SERVLET, database(),
				"--server.port=0")) {
			int port = ((WebServerApplicationContext) context).getWebServer().getPort();
			RestTestClient.bindToServer()
				.baseUrl("http://127.0.0.1:" + port)
				.build()
				.get()
				.uri("/actuator/health")
				.exchange()
				.expectStatus()
				.isOk()
				.expectBody()
				.jsonPath("$.status")
				.isEqualTo("UP")
				.jsonPath("$.components.migrations.status")
				.isEqualTo("UP")
				.jsonPath("$.components.migrations.components.liquibase.details.tool")
				.isEqualTo("liquibase")
				.jsonPath("$.components.schemaDrift.status")
				.isEqualTo("UP")
				.jsonPath("$.components.schemaDrift.details.counts.ERROR")
				.isEqualTo(0)
				.jsonPath("$.components.schemaDrift.details.counts.WARNING")
				.isEqualTo(0);
		}
	}

	static ConfigurableApplicationContext start(WebApplicationType type, String url, String... arguments) {
		List<String> all = new ArrayList<>(List.of(arguments));
		all.add("--spring.datasource.url=" + url);
		all.add("--spring.main.banner-mode=off");
		return new SpringApplicationBuilder(LibraryApplication.class).web(type).run(all.toArray(String[]::new));
	}

	static String database() {
		return "jdbc:h2:mem:library-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1";
	}

	static SubjectReport report(ConfigurableApplicationContext context, Subject subject) {
		return context.getBean(LatestReport.class).get().subject(subject).orElseThrow();
	}

}

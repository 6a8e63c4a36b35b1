package dev.startupguard.e2e;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import io.micrometer.core.instrument.MeterRegistry;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.client.RestTestClient;

import dev.startupguard.report.FindingKind;
import dev.startupguard.report.Severity;
import dev.startupguard.testdb.TestDatabase;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * End-to-end tests of the health contributor, the endpoint and the metrics: the shop runs
 * on a random port against a scratch PostgreSQL database, and every request is a real
 * HTTP request.
 */
class ActuatorIntegrationTests {

	private static TestDatabase database;

	private static ConfigurableApplicationContext application;

	private static RestTestClient client;

	@BeforeAll
	static void start() {
		database = TestDatabase.postgres("actuator");
		database.execute(ShopApplication.SCHEMA);
		database.execute("INSERT INTO customer (email, name) VALUES ('row-data@example.com', 'Row Data Person')");
		application = ShopApplication.start(database, "management.endpoint.health.show-details=always",
				"management.endpoints.web.exposure.include=health,schemadrift,prometheus");
		client = RestTestClient.bindToServer().baseUrl("http://127.0.0.1:" + ShopApplication.port(application)).build();
	}

	@AfterAll
	static void stop() {
		if (application != null) {
			application.close();
		}
		if (database != null) {
			database.close();
		}
	}

	@Test
	void healthIsUpOnACleanSchema() {
		client.get()
			.uri("/actuator/health/schemaDrift")
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody()
			.jsonPath("$.status")
			.isEqualTo("UP")
			.jsonPath("$.details.databaseProduct")
			.isEqualTo("PostgreSQL")
			.jsonPath("$.details.databaseVersion")
			.isNotEmpty()
			.jsonPath("$.details.checkedAt")
			.isNotEmpty()
			.jsonPath("$.details.durationMillis")
			.isNumber()
			.jsonPath("$.details.counts")
			.isEqualTo(Map.of("ERROR", 0, "WARNING", 0, "INFO", 0))
			.jsonPath("$.details.suppressed")
			.isEqualTo(0)
			.jsonPath("$.details.findings")
			.isEmpty();
	}

	@Test
	void settingsHealthIsUpWithNothingToReport() {
		client.get()
			.uri("/actuator/health/schemaSettings")
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody()
			.jsonPath("$.status")
			.isEqualTo("UP")
			.jsonPath("$.details.production")
			.isEqualTo(false)
			.jsonPath("$.details.findings")
			.isEmpty();
	}

	@Test
	void droppedColumnTurnsHealthDownOnceTheEndpointHasRechecked() {
		database.execute("ALTER TABLE customer DROP COLUMN name");
		try {
			// served from the last report: a health request never reads the schema
			client.get().uri("/actuator/health/schemaDrift").exchange().expectStatus().isOk();
			client.post()
				.uri("/actuator/schemadrift")
				.exchange()
				.expectStatus()
				.isOk()
				.expectBody()
				.jsonPath("$.persistenceUnits.default.outcome")
				.isEqualTo("drift")
				.jsonPath("$.persistenceUnits.default.findings[0].kind")
				.isEqualTo("MISSING_COLUMN")
				.jsonPath("$.persistenceUnits.default.findings[0].table")
				.isEqualTo("customer")
				.jsonPath("$.persistenceUnits.default.findings[0].column")
				.isEqualTo("name");
			client.get()
				.uri("/actuator/health/schemaDrift")
				.exchange()
				.expectStatus()
				.isEqualTo(HttpStatus.SERVICE_UNAVAILABLE)
				.expectBody()
				.jsonPath("$.status")
				.isEqualTo("DOWN")
				.jsonPath("$.details.counts.ERROR")
				.isEqualTo(1)
				.jsonPath("$.details.findings.length()")
				.isEqualTo(1)
				.jsonPath("$.details.findings[0]")
				.isEqualTo(Map.of("severity", "ERROR", "kind", "MISSING_COLUMN", "table", "customer", "column", "name",
						"message",
						"Column customer.name does not exist, but the entity maps it: every load and save of the"
								+ " entity fails. Apply the migration that adds it before deploying this code. Add it"
								+ " nullable, backfill it, then make it NOT NULL.",
						"fix", "ALTER TABLE customer ADD COLUMN name varchar(80) NOT NULL", "fixRisk", "RISKY"));
			client.get()
				.uri("/actuator/health")
				.exchange()
				.expectStatus()
				.isEqualTo(HttpStatus.SERVICE_UNAVAILABLE)
				.expectBody()
				.jsonPath("$.components.schemaDrift.status")
				.isEqualTo("DOWN");
			String scrape = scrape();
			assertThat(scrape).contains("startupguard_drift_findings{kind=\"missing_column\",severity=\"error\"} 1.0");
			assertThat(scrape).containsPattern(
					"startupguard_check_seconds_count\\{error=\"none\",outcome=\"drift\",subject=\"persistence_unit\"} 1");
		}
		finally {
			database.execute("ALTER TABLE customer ADD COLUMN name VARCHAR(80) NOT NULL DEFAULT 'unknown'",
					"ALTER TABLE customer ALTER COLUMN name DROP DEFAULT");
		}
		client.post()
			.uri("/actuator/schemadrift")
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody()
			.jsonPath("$.persistenceUnits.default.outcome")
			.isEqualTo("clean");
		client.get().uri("/actuator/health/schemaDrift").exchange().expectStatus().isOk();
		assertThat(scrape()).contains("startupguard_drift_findings{kind=\"missing_column\",severity=\"error\"} 0.0");
	}

	@Test
	void endpointGivesTheWholeReportPerPersistenceUnit() {
		client.get()
			.uri("/actuator/schemadrift")
			.accept(MediaType.APPLICATION_JSON)
			.exchange()
			.expectStatus()
			.isOk()
			.expectHeader()
			.contentTypeCompatibleWith(MediaType.APPLICATION_JSON)
			.expectBody()
			.jsonPath("$.persistenceUnits.length()")
			.isEqualTo(1)
			.jsonPath("$.persistenceUnits.default.outcome")
			.isEqualTo("clean")
			.jsonPath("$.persistenceUnits.default.databaseProduct")
			.isEqualTo("PostgreSQL")
			.jsonPath("$.persistenceUnits.default.schemas")
			.isEqualTo(List.of("public"))
			.jsonPath("$.persistenceUnits.default.checkedAt")
			.isNotEmpty()
			.jsonPath("$.persistenceUnits.default.findings")
			.isEmpty()
			.jsonPath("$.persistenceUnits.default.suppressed")
			.isEmpty()
			.jsonPath("$.migrationTools")
			.isEmpty()
			.jsonPath("$.applicationSettings.application.outcome")
			.isEqualTo("clean")
			.jsonPath("$.applicationSettings.application.production")
			.isEqualTo(false);
		client.get()
			.uri("/actuator/schemadrift/default")
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody()
			.jsonPath("$.outcome")
			.isEqualTo("clean");
		client.get().uri("/actuator/schemadrift/nothing").exchange().expectStatus().isNotFound();
	}

	@Test
	void prometheusScrapeHasEverySeriesWithTagsFromFixedSets() {
		String scrape = scrape();
		List<String> findings = scrape.lines()
			.filter((line) -> line.startsWith("startupguard_drift_findings{"))
			.toList();
		assertThat(findings).hasSize(Severity.values().length * FindingKind.values().length)
			.allMatch((line) -> line
				.matches("startupguard_drift_findings\\{kind=\"[a-z_]+\",severity=\"(error|warning|info)\"} [0-9.]+"));
		assertThat(scrape).contains("startupguard_drift_findings{kind=\"check_error\",severity=\"error\"} 0.0")
			.contains("# TYPE startupguard_drift_findings gauge")
			.contains("# TYPE startupguard_check_seconds summary")
			.containsPattern(
					"startupguard_check_seconds_count\\{error=\"none\",outcome=\"clean\",subject=\"persistence_unit\"} [1-9]")
			.containsPattern(
					"startupguard_check_seconds_sum\\{error=\"none\",outcome=\"clean\",subject=\"persistence_unit\"} [0-9.]+")
			.containsPattern(
					"startupguard_check_seconds_max\\{error=\"none\",outcome=\"clean\",subject=\"persistence_unit\"} [0-9.]+");
		assertThat(scrape.lines().filter((line) -> line.startsWith("startupguard")))
			.noneMatch((line) -> line.contains("customer") || line.contains("purchase_order"));
	}

	@Test
	void thousandHealthRequestsIssueNoDatabaseStatement() {
		URI health = URI
			.create("http://127.0.0.1:" + ShopApplication.port(application) + "/actuator/health/schemaDrift");
		MeterRegistry meters = application.getBean(MeterRegistry.class);
		try (DatabaseActivity activity = DatabaseActivity.watch(database)) {
			assertThat(activity.connections()).isPositive();
			double acquired = HealthLatency.acquired(meters);
			activity.restart();
			HealthLoad.Result result = HealthLoad.run(health, 1000, 8);
			assertThat(result.statuses()).containsOnly(Map.entry(200, 1000));
			// one body for all: every answer came from the same report
			assertThat(result.bodies()).hasSize(1);
			assertThat(result.bodies().keySet().iterator().next()).contains("\"status\":\"UP\"");
			assertThat(activity.activeBackends()).isZero();
			assertThat(HealthLatency.acquired(meters)).isEqualTo(acquired);
		}
	}

	@Test
	void databaseActivityWatchSeesAStatement() {
		// the watch used above must see what it claims not to see
		try (DatabaseActivity activity = DatabaseActivity.watch(database)) {
			activity.restart();
			client.post().uri("/actuator/schemadrift").exchange().expectStatus().isOk();
			assertThat(activity.activeBackends()).isPositive();
		}
	}

	@Test
	void nothingExposedCarriesCredentialsOrRowData() {
		String everything = body("/actuator/health") + body("/actuator/health/schemaDrift")
				+ body("/actuator/schemadrift") + scrape();
		assertThat(everything).doesNotContain(ShopApplication.PASSWORD)
			.doesNotContain("jdbc:")
			.doesNotContain("row-data@example.com")
			.doesNotContain("Row Data Person");
	}

	@Test
	void alertRulesAndDashboardQueryOnlySeriesTheApplicationExports() throws IOException {
		ExportedSeries exported = ExportedSeries.parse(scrape());
		Path operations = OperationsFiles.directory();
		List<Map<String, Object>> rules = OperationsFiles.alertRules(operations.resolve("prometheus-alerts.yml"));
		assertThat(rules).hasSize(6);
		String guide = Files.readString(operations.resolve("../how-to/operations.md"));
		for (Map<String, Object> rule : rules) {
			assertThat(rule).containsKeys("alert", "expr", "for", "labels", "annotations");
			exported.assertQueriesOnlyExported((String) rule.get("expr"));
			assertThat(OperationsFiles.map(rule.get("labels"))).containsKey("severity");
			Map<String, Object> annotations = OperationsFiles.map(rule.get("annotations"));
			assertThat(annotations).containsKeys("summary", "description", "runbook_url");
			String anchor = ((String) annotations.get("runbook_url")).replaceAll(".*#", "");
			assertThat(OperationsFiles.anchors(guide)).as("anchors of operations.md").contains(anchor);
		}
		List<String> queries = OperationsFiles.dashboardQueries(operations.resolve("grafana-dashboard.json"));
		assertThat(queries).hasSizeGreaterThanOrEqualTo(9);
		queries.forEach(exported::assertQueriesOnlyExported);
	}

	private static String scrape() {
		return body("/actuator/prometheus");
	}

	private static String body(String path) {
		return client.get().uri(path).exchange().expectBody(String.class).returnResult().getResponseBody();
	}

}

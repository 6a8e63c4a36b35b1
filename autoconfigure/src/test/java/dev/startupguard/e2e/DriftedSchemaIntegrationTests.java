package dev.startupguard.e2e;

import java.util.Map;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.http.HttpStatus;
import org.springframework.test.json.JsonCompareMode;
import org.springframework.test.web.servlet.client.RestTestClient;

import dev.startupguard.testdb.TestDatabase;

/**
 * End-to-end tests of the shop started on a schema that lacks a column, with actuator's
 * defaults but for two settings: components are shown, as they must be for
 * {@code /actuator/health/schemaDrift} to answer (details are not, as by default), and
 * the readiness group includes {@code schemaDrift}, as the operations guide shows.
 */
class DriftedSchemaIntegrationTests {

	private static TestDatabase database;

	private static ConfigurableApplicationContext application;

	private static RestTestClient client;

	@BeforeAll
	static void start() {
		database = TestDatabase.postgres("hidden");
		database.execute(ShopApplication.SCHEMA);
		database.execute("ALTER TABLE customer DROP COLUMN name");
		application = ShopApplication.start(database, "management.endpoint.health.show-components=always",
				"management.endpoint.health.probes.enabled=true",
				"management.endpoint.health.group.readiness.include=readinessState,schemaDrift");
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
	void healthShowsTheStatusOnly() {
		client.get()
			.uri("/actuator/health/schemaDrift")
			.exchange()
			.expectStatus()
			.isEqualTo(HttpStatus.SERVICE_UNAVAILABLE)
			.expectBody()
			.json("{\"status\":\"DOWN\"}", JsonCompareMode.STRICT);
		client.get()
			.uri("/actuator/health")
			.exchange()
			.expectStatus()
			.isEqualTo(HttpStatus.SERVICE_UNAVAILABLE)
			.expectBody()
			.jsonPath("$.status")
			.isEqualTo("DOWN")
			.jsonPath("$.components.schemaDrift")
			.isEqualTo(Map.of("status", "DOWN"));
	}

	@Test
	void driftTakesThePodOutOfReadinessOnlyWhereConfigured() {
		client.get()
			.uri("/actuator/health/readiness")
			.exchange()
			.expectStatus()
			.isEqualTo(HttpStatus.SERVICE_UNAVAILABLE)
			.expectBody()
			.jsonPath("$.status")
			.isEqualTo("DOWN");
		client.get()
			.uri("/actuator/health/liveness")
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody()
			.jsonPath("$.status")
			.isEqualTo("UP");
	}

	@Test
	void endpointIsOffTheWebUnlessExposed() {
		client.get().uri("/actuator/schemadrift").exchange().expectStatus().isNotFound();
		client.post().uri("/actuator/schemadrift").exchange().expectStatus().isNotFound();
		client.get().uri("/actuator/prometheus").exchange().expectStatus().isNotFound();
	}

}

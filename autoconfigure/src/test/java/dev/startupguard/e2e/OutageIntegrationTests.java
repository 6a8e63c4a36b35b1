package dev.startupguard.e2e;

import java.time.Duration;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.test.web.servlet.client.RestTestClient;

import dev.startupguard.testdb.TcpRelay;
import dev.startupguard.testdb.TestDatabase;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * An outage for real: the shop reaches PostgreSQL through a TCP relay, which the test
 * cuts and restores while the background recheck runs; every health request is a real
 * HTTP request.
 */
class OutageIntegrationTests {

	private static final Duration CHECK_TIMEOUT = Duration.ofSeconds(2);

	private TestDatabase database;

	private TcpRelay relay;

	private ConfigurableApplicationContext application;

	@AfterEach
	void stop() {
		if (this.application != null) {
			this.application.close();
		}
		this.relay.close();
		this.database.close();
	}

	@Test
	void recheckReportsTheOutageHealthAnswersAtOnceAndTheNextRecheckRecovers() {
		this.database = TestDatabase.postgres("outage");
		this.database.execute(ShopApplication.SCHEMA);
		this.relay = TcpRelay.to("127.0.0.1", 5432);
		this.application = ShopApplication.start(this.database,
				"spring.datasource.url=jdbc:postgresql://127.0.0.1:" + this.relay.port() + "/" + this.database.name()
						+ "?user=postgres",
				"startup-guard.recheck-interval=1s", "startup-guard.check-timeout=" + CHECK_TIMEOUT.toMillis() + "ms",
				"management.endpoint.health.show-details=always");
		RestTestClient client = RestTestClient.bindToServer()
			.baseUrl("http://127.0.0.1:" + ShopApplication.port(this.application))
			.build();
		assertThat(status(client)).isEqualTo("UP");
		this.relay.cut();
		await().atMost(Duration.ofSeconds(30)).until(() -> "UNKNOWN".equals(status(client)));
		long start = System.nanoTime();
		client.get()
			.uri("/actuator/health/schemaDrift")
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody()
			.jsonPath("$.status")
			.isEqualTo("UNKNOWN")
			.jsonPath("$.details.findings.length()")
			.isEqualTo(1)
			.jsonPath("$.details.findings[0].kind")
			.isEqualTo("CHECK_ERROR")
			.jsonPath("$.details.findings[0].message")
			.value(String.class, (message) -> assertThat(message).startsWith("The schema check"));
		// from the last report while the database cannot be reached: no wait for a check
		assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(CHECK_TIMEOUT);
		this.relay.restore();
		await().atMost(Duration.ofSeconds(60)).until(() -> "UP".equals(status(client)));
	}

	private static String status(RestTestClient client) {
		return client.get()
			.uri("/actuator/health/schemaDrift")
			.exchange()
			.returnResult(HealthStatus.class)
			.getResponseBody()
			.status();
	}

	record HealthStatus(String status) {

	}

}

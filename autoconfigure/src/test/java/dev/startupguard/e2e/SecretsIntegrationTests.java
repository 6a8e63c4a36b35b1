package dev.startupguard.e2e;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.context.ConfigurableApplicationContext;

import dev.startupguard.schema.DatabaseFamily;
import dev.startupguard.startup.StartRefusedException;
import dev.startupguard.testdb.TestDatabase;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * Applications whose JDBC URLs and properties carry passwords, with drift present and a
 * check error forced (the Flyway URL points at a server that refuses it), started with
 * the guard logging at TRACE: no password shows in anything the guard emits, neither in
 * the logs, the failure analysis, health with every detail, the endpoint (read and
 * recheck), the metrics endpoint nor the Prometheus scrape, all read over real HTTP.
 */
@ExtendWith(OutputCaptureExtension.class)
class SecretsIntegrationTests {

	@ParameterizedTest
	@EnumSource(value = DatabaseFamily.class, names = { "POSTGRESQL", "MYSQL" })
	void runningApplicationShowsNoPasswordAnywhere(DatabaseFamily family, CapturedOutput output) throws Exception {
		try (Secrets secrets = Secrets.create(family)) {
			Map<String, String> responses = new LinkedHashMap<>();
			try (ConfigurableApplicationContext application = secrets.start("startup-guard.on-drift=warn",
					"management.endpoint.health.show-details=always",
					"management.endpoints.web.exposure.include=health,schemadrift,prometheus,metrics")) {
				String base = "http://127.0.0.1:" + ShopApplication.port(application) + "/actuator";
				for (String path : List.of("/health", "/health/schemaDrift", "/health/migrations",
						"/health/schemaSettings", "/schemadrift", "/prometheus", "/metrics",
						"/metrics/startupguard.drift.findings", "/metrics/startupguard.check",
						"/metrics/startupguard.migrations")) {
					responses.put("GET " + path, get(base + path));
				}
				responses.put("POST /schemadrift", post(base + "/schemadrift"));
			}
			// the drift and the check error are there, so the outputs had something to
			// say
			assertThat(responses.get("GET /health/schemaDrift")).contains("MISSING_TABLE");
			assertThat(responses.get("GET /health/migrations")).contains("CHECK_ERROR");
			assertThat(responses.get("POST /schemadrift")).contains("CHECK_ERROR").contains("MISSING_TABLE");
			assertThat(responses.get("GET /prometheus")).contains("startupguard_drift_findings");
			assertThat(output).contains("CHECK_ERROR").contains("MISSING_TABLE");
			responses.forEach((request, body) -> secrets.assertNoneIn(request, body));
			secrets.assertNoneIn("the log", guardOutput(output));
			// the scan sees what it looks for: Hibernate prints the URL as it is
			if (family == DatabaseFamily.POSTGRESQL) {
				assertThat(output.toString()).contains(secrets.urlPassword);
			}
		}
	}

	@ParameterizedTest
	@EnumSource(value = DatabaseFamily.class, names = { "POSTGRESQL", "MYSQL" })
	void refusedStartShowsNoPasswordInItsFailureAnalysis(DatabaseFamily family, CapturedOutput output) {
		try (Secrets secrets = Secrets.create(family)) {
			assertThatExceptionOfType(StartRefusedException.class)
				.isThrownBy(() -> secrets.start("startup-guard.on-drift=fail", "startup-guard.on-check-error=fail"));
			String analysis = output.toString().substring(output.toString().indexOf("APPLICATION FAILED TO START"));
			assertThat(analysis).contains("CHECK_ERROR").contains("MISSING_TABLE");
			secrets.assertNoneIn("the failure analysis", analysis);
			secrets.assertNoneIn("the log", guardOutput(output));
		}
	}

	/**
	 * Return the whole output but for Hibernate's own "Database info" block, which prints
	 * the data source's JDBC URL as it is: that is Hibernate's, not the guard's, and is
	 * why passwords belong in {@code spring.datasource.password}, never in the URL.
	 */
	private static String guardOutput(CapturedOutput output) {
		return output.toString().replaceAll("(?s)HHH10001005: Database info:.*?Maximum pool size[^\n]*", "");
	}

	private static String get(String uri) throws Exception {
		return send(HttpRequest.newBuilder(URI.create(uri)).GET());
	}

	private static String post(String uri) throws Exception {
		return send(HttpRequest.newBuilder(URI.create(uri)).POST(HttpRequest.BodyPublishers.noBody()));
	}

	private static String send(HttpRequest.Builder request) throws Exception {
		HttpResponse<String> response = HttpClient.newHttpClient()
			.send(request.timeout(Duration.ofSeconds(30)).build(), HttpResponse.BodyHandlers.ofString());
		assertThat(response.statusCode()).isIn(200, 503);
		return response.headers().map() + "\n" + response.body();
	}

	/**
	 * A scratch database and an application user whose passwords the test knows, each
	 * distinct so that a leak says where it came from.
	 */
	private static final class Secrets implements AutoCloseable {

		private final TestDatabase database;

		private final String user;

		private final String urlPassword = "url-pw-" + UUID.randomUUID();

		private final String propertyPassword;

		private final String flywayUrlPassword = "flyway-url-pw-" + UUID.randomUUID();

		private final String flywayPropertyPassword = "flyway-prop-pw-" + UUID.randomUUID();

		private Secrets(TestDatabase database, String user, String propertyPassword) {
			this.database = database;
			this.user = user;
			this.propertyPassword = propertyPassword;
		}

		static Secrets create(DatabaseFamily family) {
			TestDatabase database = TestDatabase.create(family, "secrets");
			if (family == DatabaseFamily.POSTGRESQL) {
				// trust authentication: any password logs in
				database.execute("""
						CREATE TABLE customer (
						    id BIGINT GENERATED BY DEFAULT AS IDENTITY PRIMARY KEY,
						    email VARCHAR(120) NOT NULL UNIQUE,
						    name VARCHAR(80) NOT NULL)""");
				return new Secrets(database, "postgres", "prop-pw-" + UUID.randomUUID());
			}
			String user = "sg_secret_" + UUID.randomUUID().toString().substring(0, 8);
			// MariaDB checks it: the URL and the property carry the user's real password
			String password = "mariadb-pw-" + UUID.randomUUID();
			database.execute("""
					CREATE TABLE customer (
					    id BIGINT AUTO_INCREMENT PRIMARY KEY,
					    email VARCHAR(120) NOT NULL UNIQUE,
					    name VARCHAR(80) NOT NULL)""",
					"CREATE USER '" + user + "'@'%' IDENTIFIED BY '" + password + "'",
					"GRANT SELECT ON " + database.name() + ".* TO '" + user + "'@'%'");
			Secrets secrets = new Secrets(database, user, password);
			return secrets;
		}

		String dataSourceUrl() {
			String password = (this.database.family() == DatabaseFamily.POSTGRESQL) ? this.urlPassword
					: this.propertyPassword;
			return this.database.url().replaceAll("user=[^&]*", "user=" + this.user + "&password=" + password);
		}

		String flywayUrl() {
			// the right server and user with a wrong password (refused by MariaDB), or
			// a port nothing listens on (PostgreSQL trusts any password)
			String url = this.database.url()
				.replaceAll("user=[^&]*", "user=" + this.user + "&password=" + this.flywayUrlPassword);
			return (this.database.family() == DatabaseFamily.POSTGRESQL) ? url.replace(":5432/", ":1/") : url;
		}

		ConfigurableApplicationContext start(String... properties) {
			List<String> all = new ArrayList<>(List.of("spring.datasource.url=" + dataSourceUrl(),
					"spring.datasource.username=" + this.user, "spring.datasource.password=" + this.propertyPassword,
					"spring.autoconfigure.exclude=org.springframework.boot.liquibase.autoconfigure.LiquibaseAutoConfiguration",
					"spring.flyway.enabled=false", "spring.flyway.url=" + flywayUrl(),
					"spring.flyway.user=" + this.user, "spring.flyway.password=" + this.flywayPropertyPassword,
					"spring.flyway.connect-retries=0", "spring.jpa.hibernate.ddl-auto=none",
					"spring.jpa.open-in-view=false", "server.port=0", "spring.main.banner-mode=off",
					"spring.datasource.hikari.keepalive-time=0", "logging.level.dev.startupguard=trace",
					"startup-guard.check-timeout=5s"));
			all.addAll(List.of(properties));
			return new SpringApplicationBuilder(ShopApplication.class).properties(all.toArray(String[]::new)).run();
		}

		void assertNoneIn(String where, String text) {
			for (String secret : List.of(this.urlPassword, this.propertyPassword, this.flywayUrlPassword,
					this.flywayPropertyPassword)) {
				assertThat(text).as("%s shows a password", where).doesNotContain(secret);
			}
		}

		@Override
		public void close() {
			if (this.database.family() == DatabaseFamily.MYSQL) {
				this.database.execute("DROP USER '" + this.user + "'@'%'");
			}
			this.database.close();
		}

	}

}

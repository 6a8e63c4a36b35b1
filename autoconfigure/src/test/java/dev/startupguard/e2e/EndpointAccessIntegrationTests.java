package dev.startupguard.e2e;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.security.Principal;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import jakarta.servlet.Filter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestInstance.Lifecycle;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

import dev.startupguard.report.CheckObserver;
import dev.startupguard.report.SubjectKind;
import dev.startupguard.report.SubjectReport;
import dev.startupguard.testdb.TestDatabase;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Who may see what and run what, over real HTTP: health details follow
 * {@code management.endpoint.health.show-details} and its roles (the roles come from the
 * servlet request, here set by a filter as a container's authentication would), the
 * endpoint's write operation follows {@code management.endpoint.schemadrift.access}, and
 * a burst of concurrent recheck requests shares checks instead of running one each.
 */
@TestInstance(Lifecycle.PER_CLASS)
class EndpointAccessIntegrationTests {

	private TestDatabase database;

	private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

	@BeforeAll
	void openDatabase() {
		this.database = TestDatabase.postgres("access");
		this.database.execute(ShopApplication.SCHEMA);
	}

	@AfterAll
	void dropDatabase() {
		this.database.close();
	}

	@Test
	void readOnlyAccessServesTheReportAndForbidsTheRecheck() throws Exception {
		AtomicInteger checks = new AtomicInteger();
		try (ConfigurableApplicationContext application = start(checks, Duration.ZERO,
				"management.endpoint.schemadrift.access=read-only")) {
			int before = checks.get();
			assertThat(send(application, "GET", "/actuator/schemadrift").statusCode()).isEqualTo(200);
			HttpResponse<String> recheck = send(application, "POST", "/actuator/schemadrift");
			assertThat(recheck.statusCode()).isEqualTo(405);
			assertThat(checks.get()).isEqualTo(before);
		}
	}

	@Test
	void noAccessServesNeitherTheReportNorTheRecheck() throws Exception {
		AtomicInteger checks = new AtomicInteger();
		try (ConfigurableApplicationContext application = start(checks, Duration.ZERO,
				"management.endpoint.schemadrift.access=none")) {
			int before = checks.get();
			assertThat(send(application, "GET", "/actuator/schemadrift").statusCode()).isEqualTo(404);
			assertThat(send(application, "POST", "/actuator/schemadrift").statusCode()).isEqualTo(404);
			assertThat(checks.get()).isEqualTo(before);
		}
	}

	@Test
	void unrestrictedAccessRechecks() throws Exception {
		AtomicInteger checks = new AtomicInteger();
		try (ConfigurableApplicationContext application = start(checks, Duration.ZERO)) {
			int before = checks.get();
			assertThat(send(application, "POST", "/actuator/schemadrift").statusCode()).isEqualTo(200);
			assertThat(checks.get()).isEqualTo(before + 1);
		}
	}

	@Test
	void healthDetailsFollowShowDetailsAndRoles() throws Exception {
		try (ConfigurableApplicationContext application = start(new AtomicInteger(), Duration.ZERO,
				"management.endpoint.health.show-details=when-authorized", "management.endpoint.health.roles=OPS")) {
			// components follow details unless told otherwise: without the role the
			// contributor is not even named
			assertThat(health(application, null)).isEqualTo("404 ");
			assertThat(health(application, "DEV")).isEqualTo("404 ");
			assertThat(health(application, "OPS")).startsWith("200 ")
				.contains("\"details\"")
				.contains("\"databaseProduct\"");
		}
		try (ConfigurableApplicationContext application = start(new AtomicInteger(), Duration.ZERO,
				"management.endpoint.health.show-details=when-authorized",
				"management.endpoint.health.show-components=always", "management.endpoint.health.roles=OPS")) {
			assertThat(health(application, null)).isEqualTo("200 {\"status\":\"UP\"}");
			assertThat(health(application, "DEV")).isEqualTo("200 {\"status\":\"UP\"}");
			assertThat(health(application, "OPS")).contains("\"details\"");
		}
		try (ConfigurableApplicationContext application = start(new AtomicInteger(), Duration.ZERO,
				"management.endpoint.health.show-details=never", "management.endpoint.health.show-components=always")) {
			assertThat(health(application, "OPS")).isEqualTo("200 {\"status\":\"UP\"}");
		}
		try (ConfigurableApplicationContext application = start(new AtomicInteger(), Duration.ZERO,
				"management.endpoint.health.show-details=always")) {
			assertThat(health(application, null)).contains("\"details\"").contains("\"findings\"");
		}
	}

	@Test
	void burstOfConcurrentRechecksRunsAtMostTwoChecks() throws Exception {
		AtomicInteger checks = new AtomicInteger();
		// each check holds on a while, so that the whole burst comes while one runs
		try (ConfigurableApplicationContext application = start(checks, Duration.ofMillis(500))) {
			int before = checks.get();
			int requests = 20;
			CountDownLatch go = new CountDownLatch(1);
			ExecutorService threads = Executors.newFixedThreadPool(requests);
			try {
				List<Future<HttpResponse<String>>> responses = new ArrayList<>();
				for (int i = 0; i < requests; i++) {
					responses.add(threads.submit(() -> {
						go.await();
						return send(application, "POST", "/actuator/schemadrift");
					}));
				}
				go.countDown();
				Map<Integer, Integer> statuses = new TreeMap<>();
				for (Future<HttpResponse<String>> response : responses) {
					statuses.merge(response.get(60, TimeUnit.SECONDS).statusCode(), 1, Integer::sum);
				}
				assertThat(statuses).containsExactly(Map.entry(200, requests));
				assertThat(checks.get() - before).isBetween(1, 2);
			}
			finally {
				threads.shutdownNow();
			}
		}
	}

	private String health(ConfigurableApplicationContext application, String role) throws Exception {
		HttpRequest.Builder request = HttpRequest.newBuilder(uri(application, "/actuator/health/schemaDrift"));
		if (role != null) {
			request.header("X-Test-Role", role);
		}
		HttpResponse<String> response = this.http.send(request.GET().build(), HttpResponse.BodyHandlers.ofString());
		return response.statusCode() + " " + response.body();
	}

	private HttpResponse<String> send(ConfigurableApplicationContext application, String method, String path)
			throws IOException, InterruptedException {
		HttpRequest request = HttpRequest.newBuilder(uri(application, path))
			.timeout(Duration.ofSeconds(60))
			.method(method, HttpRequest.BodyPublishers.noBody())
			.build();
		return this.http.send(request, HttpResponse.BodyHandlers.ofString());
	}

	private static URI uri(ConfigurableApplicationContext application, String path) {
		return URI.create("http://127.0.0.1:" + ShopApplication.port(application) + path);
	}

	private ConfigurableApplicationContext start(AtomicInteger checks, Duration hold, String... properties) {
		CheckObserver counting = (subject, check) -> {
			SubjectReport report = check.get();
			if (subject.kind() == SubjectKind.PERSISTENCE_UNIT) {
				checks.incrementAndGet();
				sleep(hold);
			}
			return report;
		};
		List<String> all = new ArrayList<>(List.of("spring.datasource.url=" + this.database.url(),
				"spring.jpa.hibernate.ddl-auto=none", "spring.jpa.open-in-view=false", "server.port=0",
				"spring.main.banner-mode=off", "management.endpoints.web.exposure.include=health,schemadrift"));
		all.addAll(Arrays.asList(properties));
		return new SpringApplicationBuilder(ShopApplication.class).properties(all.toArray(String[]::new))
			.initializers((context) -> {
				context.getBeanFactory().registerSingleton("countingObserver", counting);
				context.getBeanFactory().registerSingleton("roleFilter", roleFilter());
			})
			.run();
	}

	/**
	 * A filter that authenticates a request carrying {@code X-Test-Role} as a user with
	 * that role, as a servlet container's own authentication would.
	 */
	private static Filter roleFilter() {
		return (request, response, chain) -> {
			HttpServletRequest http = (HttpServletRequest) request;
			String role = http.getHeader("X-Test-Role");
			if (role == null) {
				chain.doFilter(request, response);
				return;
			}
			Principal user = () -> "tester";
			chain.doFilter(new HttpServletRequestWrapper(http) {

				@Override
				public Principal getUserPrincipal() {
					return user;
				}

				@Override
				public boolean isUserInRole(String name) {
					return role.equals(name);
				}

			}, response);
		};
	}

	private static void sleep(Duration duration) {
		try {
			Thread.sleep(duration.toMillis());
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
	}

}

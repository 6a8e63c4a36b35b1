package dev.startupguard.e2e;

import java.net.URI;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import javax.sql.DataSource;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.datasource.DelegatingDataSource;

import dev.startupguard.report.CheckObserver;
import dev.startupguard.report.Subject;
import dev.startupguard.report.SubjectReport;
import dev.startupguard.testdb.TestDatabase;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Health, endpoint and Prometheus requests at once, over real HTTP, while the background
 * recheck replaces the report again and again: every request answers 200, no response
 * mixes two checks, no request thread borrows a connection (so none runs a statement),
 * and the latencies are logged (see docs/reference/guarantees.md for the figures).
 */
class LoadIntegrationTests {

	private static final Log logger = LogFactory.getLog("load");

	private static final Pattern CHECKED_AT = Pattern.compile("\"checkedAt\":\"([^\"]+)\"");

	@Test
	void concurrentReadsWhileRechecksRunAreAnsweredFromWholeReportsWithoutStatements() throws Exception {
		Generations generations = new Generations();
		Map<String, AtomicInteger> connectionsByThread = new ConcurrentHashMap<>();
		try (TestDatabase database = TestDatabase.postgres("load")) {
			database.execute(ShopApplication.SCHEMA);
			try (ConfigurableApplicationContext application = new SpringApplicationBuilder(ShopApplication.class)
				.properties("spring.datasource.url=" + database.url(), "spring.jpa.hibernate.ddl-auto=none",
						"spring.jpa.open-in-view=false", "server.port=0", "spring.main.banner-mode=off",
						"spring.datasource.hikari.keepalive-time=0", "startup-guard.recheck-interval=100ms",
						"management.endpoint.health.show-details=always",
						// Boot's own db indicator queries the database at every request
						"management.health.db.enabled=false",
						"management.endpoints.web.exposure.include=health,schemadrift,prometheus",
						"logging.level.dev.startupguard=warn")
				.initializers((context) -> {
					context.getBeanFactory().registerSingleton("generations", generations.observer());
					context.getBeanFactory()
						.registerSingleton("countingDataSources", countingDataSources(connectionsByThread));
				})
				.run()) {
				String base = "http://127.0.0.1:" + ShopApplication.port(application) + "/actuator";
				generations.awaitRechecks(3);
				Map<String, URI> targets = new LinkedHashMap<>();
				targets.put("health", URI.create(base + "/health"));
				targets.put("health/schemaDrift", URI.create(base + "/health/schemaDrift"));
				targets.put("schemadrift", URI.create(base + "/schemadrift"));
				targets.put("prometheus", URI.create(base + "/prometheus"));
				// warm up, then measure
				run(targets, 200, 2);
				int rechecksBefore = generations.count();
				connectionsByThread.clear();
				Map<String, HealthLoad.Result> results = run(targets, 1_000, 4);
				int rechecks = generations.count() - rechecksBefore;
				results.forEach((target, result) -> logger.info("Load: GET /actuator/" + target + ": "
						+ result.summary() + "; " + rechecks + " rechecks meanwhile"));
				assertThat(rechecks).as("rechecks during the load").isGreaterThan(5);
				results.forEach((target, result) -> assertThat(result.statuses()).as(target)
					.containsOnly(Map.entry(200, result.requests())));
				// no request thread borrowed a connection: only the checks did
				assertThat(connectionsByThread.keySet()).as("threads that borrowed a connection")
					.noneMatch((thread) -> thread.startsWith("http-nio"));
				// one contributor, one subject: one check; the endpoint renders one
				// report
				for (String target : List.of("health/schemaDrift", "schemadrift")) {
					for (String body : results.get(target).bodies().keySet()) {
						assertThat(generations.of(body)).as("checks shown by one %s response", target).hasSize(1);
					}
				}
				// Boot asks each contributor of /actuator/health in turn, and each
				// answers
				// whole from the latest report: schemaDrift and schemaSettings may come
				// from two consecutive rechecks when one ends between them
				int mixed = 0;
				for (String body : results.get("health").bodies().keySet()) {
					Set<Integer> shown = generations.of(body);
					assertThat(shown.stream().mapToInt(Integer::intValue).max().orElseThrow()
							- shown.stream().mapToInt(Integer::intValue).min().orElseThrow())
						.isLessThanOrEqualTo(1);
					mixed += (shown.size() > 1) ? results.get("health").bodies().get(body) : 0;
				}
				logger.info("Load: " + mixed + " of " + results.get("health").requests()
						+ " /actuator/health responses showed contributors from two consecutive rechecks");
				assertThat(results.get("schemadrift").bodies()).as("distinct endpoint reports").hasSizeGreaterThan(1);
				for (String scrape : results.get("prometheus").bodies().keySet()) {
					assertThat(scrape)
						.contains("startupguard_drift_findings{kind=\"missing_table\",severity=\"error\"} 0.0");
				}
			}
		}
	}

	private static Map<String, HealthLoad.Result> run(Map<String, URI> targets, int requests, int concurrency)
			throws Exception {
		Map<String, CompletableFuture<HealthLoad.Result>> running = new LinkedHashMap<>();
		targets.forEach((name, uri) -> running.put(name,
				CompletableFuture.supplyAsync(() -> HealthLoad.run(uri, requests, concurrency))));
		Map<String, HealthLoad.Result> results = new LinkedHashMap<>();
		for (Map.Entry<String, CompletableFuture<HealthLoad.Result>> entry : running.entrySet()) {
			results.put(entry.getKey(), entry.getValue().get());
		}
		return results;
	}

	private static BeanPostProcessor countingDataSources(Map<String, AtomicInteger> connectionsByThread) {
		return new BeanPostProcessor() {

			@Override
			public Object postProcessAfterInitialization(Object bean, String beanName) {
				if (!(bean instanceof DataSource dataSource)) {
					return bean;
				}
				return new DelegatingDataSource(dataSource) {

					@Override
					public Connection getConnection() throws SQLException {
						connectionsByThread
							.computeIfAbsent(Thread.currentThread().getName(), (name) -> new AtomicInteger())
							.incrementAndGet();
						return super.getConnection();
					}

				};
			}

		};
	}

	/**
	 * The check each report came from: every subject's report of one recheck shares a
	 * generation, told by when each subject was checked.
	 */
	private static final class Generations {

		private final Map<Instant, Integer> generationOf = new ConcurrentHashMap<>();

		private final Set<Subject> current = ConcurrentHashMap.newKeySet();

		private final AtomicInteger generation = new AtomicInteger();

		CheckObserver observer() {
			return (subject, check) -> {
				SubjectReport report = check.get();
				synchronized (this) {
					if (!this.current.add(subject)) {
						this.generation.incrementAndGet();
						this.current.clear();
						this.current.add(subject);
					}
					this.generationOf.put(report.checkedAt(), this.generation.get());
					notifyAll();
				}
				return report;
			};
		}

		int count() {
			return this.generation.get();
		}

		synchronized void awaitRechecks(int rechecks) throws InterruptedException {
			long end = System.currentTimeMillis() + 30_000;
			while (this.generation.get() < rechecks && System.currentTimeMillis() < end) {
				wait(1_000);
			}
		}

		Set<Integer> of(String body) {
			Set<Integer> generations = new TreeSet<>();
			Matcher matcher = CHECKED_AT.matcher(body);
			int found = 0;
			while (matcher.find()) {
				found++;
				Integer generation = this.generationOf.get(Instant.parse(matcher.group(1)));
				assertThat(generation).as("check at %s", matcher.group(1)).isNotNull();
				generations.add(generation);
			}
			assertThat(found).as("checkedAt in %s", body).isPositive();
			return generations;
		}

	}

}

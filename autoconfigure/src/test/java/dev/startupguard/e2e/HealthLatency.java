package dev.startupguard.e2e;

import java.net.URI;
import java.util.Set;

import io.micrometer.core.instrument.MeterRegistry;
import org.springframework.context.ConfigurableApplicationContext;

import dev.startupguard.testdb.TestDatabase;

/**
 * Latency harness of the {@code schemaDrift} health contributor: starts the shop on a
 * scratch PostgreSQL database, warms it up, then sends {@code requests} requests to
 * {@code /actuator/health/schemaDrift} from {@code concurrency} threads at once and
 * prints the median and 99th percentile latency, and the statements the database saw
 * meanwhile (which must be none). Not a test: run it with
 *
 * <pre>
 * mvn -B -q -pl autoconfigure test-compile exec:java -Dexec.classpathScope=test \
 *     -Dexec.mainClass=dev.startupguard.e2e.HealthLatency -Dexec.args="20000 16"
 * </pre>
 */
public final class HealthLatency {

	private HealthLatency() {
	}

	public static void main(String[] args) {
		int requests = (args.length > 0) ? Integer.parseInt(args[0]) : 20_000;
		int concurrency = (args.length > 1) ? Integer.parseInt(args[1]) : 16;
		try (TestDatabase database = TestDatabase.postgres("latency")) {
			database.execute(ShopApplication.SCHEMA);
			try (ConfigurableApplicationContext application = ShopApplication.start(database,
					"management.endpoint.health.show-details=always", "logging.level.root=warn");
					DatabaseActivity activity = DatabaseActivity.watch(database)) {
				URI uri = URI
					.create("http://127.0.0.1:" + ShopApplication.port(application) + "/actuator/health/schemaDrift");
				HealthLoad.run(uri, Math.max(2_000, requests / 5), concurrency);
				MeterRegistry meters = application.getBean(MeterRegistry.class);
				double acquiredBefore = acquired(meters);
				activity.restart();
				HealthLoad.Result result = HealthLoad.run(uri, requests, concurrency);
				int backends = activity.activeBackends();
				double acquired = acquired(meters) - acquiredBefore;
				System.out.println("GET " + uri.getPath() + ": " + result.summary());
				System.out.println("Database during the load: " + backends
						+ " backend(s) ran a statement or connected (" + activity.connections()
						+ " pooled connection(s) idle), " + (long) acquired + " connection(s) taken from the pool");
				if (backends != 0 || acquired != 0 || !result.statuses().keySet().equals(Set.of(200))) {
					System.exit(1);
				}
			}
		}
		System.exit(0);
	}

	static double acquired(MeterRegistry meters) {
		return meters.get("hikaricp.connections.acquire").timer().count();
	}

}

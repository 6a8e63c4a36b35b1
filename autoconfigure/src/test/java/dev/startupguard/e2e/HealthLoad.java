package dev.startupguard.e2e;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Arrays;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Fires a number of GET requests at one URL from a number of threads at once, each thread
 * sending its next request as soon as the previous one is answered, and records the
 * latency of each request and the statuses and bodies of the answers.
 */
final class HealthLoad {

	private HealthLoad() {
	}

	/**
	 * Send the requests.
	 * @param uri the URL
	 * @param requests how many requests in all
	 * @param concurrency how many threads send them
	 * @return the result
	 */
	static Result run(URI uri, int requests, int concurrency) {
		HttpClient client = HttpClient.newBuilder()
			.version(HttpClient.Version.HTTP_1_1)
			.connectTimeout(Duration.ofSeconds(5))
			.build();
		HttpRequest request = HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(30)).GET().build();
		long[] latencies = new long[requests];
		AtomicInteger next = new AtomicInteger();
		Map<Integer, AtomicInteger> statuses = new ConcurrentHashMap<>();
		Map<String, AtomicInteger> bodies = new ConcurrentHashMap<>();
		AtomicReference<Exception> failure = new AtomicReference<>();
		ExecutorService threads = Executors.newFixedThreadPool(concurrency);
		long start = System.nanoTime();
		try {
			Future<?>[] workers = new Future<?>[concurrency];
			for (int t = 0; t < concurrency; t++) {
				workers[t] = threads.submit(() -> {
					for (int i = next.getAndIncrement(); i < requests; i = next.getAndIncrement()) {
						long sent = System.nanoTime();
						try {
							HttpResponse<String> response = client.send(request, HttpResponse.BodyHandlers.ofString());
							latencies[i] = System.nanoTime() - sent;
							statuses.computeIfAbsent(response.statusCode(), (status) -> new AtomicInteger())
								.incrementAndGet();
							bodies.computeIfAbsent(response.body(), (body) -> new AtomicInteger()).incrementAndGet();
						}
						catch (Exception ex) {
							failure.compareAndSet(null, ex);
							return;
						}
					}
				});
			}
			for (Future<?> worker : workers) {
				worker.get();
			}
		}
		catch (Exception ex) {
			throw new IllegalStateException(ex);
		}
		finally {
			// HttpClient.close() is JDK 21+; its threads are daemons
			threads.shutdownNow();
		}
		if (failure.get() != null) {
			throw new IllegalStateException("A request failed", failure.get());
		}
		Duration wall = Duration.ofNanos(System.nanoTime() - start);
		Arrays.sort(latencies);
		Map<Integer, Integer> statusCounts = new TreeMap<>();
		statuses.forEach((status, count) -> statusCounts.put(status, count.get()));
		Map<String, Integer> bodyCounts = new TreeMap<>();
		bodies.forEach((body, count) -> bodyCounts.put(body, count.get()));
		return new Result(requests, concurrency, latencies, statusCounts, bodyCounts, wall);
	}

	/**
	 * What a load came to.
	 *
	 * @param requests how many requests were sent
	 * @param concurrency how many threads sent them
	 * @param latencies the latency of every request in nanoseconds, sorted
	 * @param statuses how many answers had each status
	 * @param bodies how many answers had each body
	 * @param wall how long the whole load took
	 */
	record Result(int requests, int concurrency, long[] latencies, Map<Integer, Integer> statuses,
			Map<String, Integer> bodies, Duration wall) {

		Duration percentile(double percentile) {
			int index = (int) Math.ceil(percentile / 100 * this.latencies.length) - 1;
			return Duration.ofNanos(this.latencies[Math.max(0, Math.min(index, this.latencies.length - 1))]);
		}

		Duration median() {
			return percentile(50);
		}

		Duration p99() {
			return percentile(99);
		}

		Duration max() {
			return Duration.ofNanos(this.latencies[this.latencies.length - 1]);
		}

		double throughput() {
			return this.requests / (this.wall.toNanos() / 1e9);
		}

		String summary() {
			return "%d requests, %d concurrent: median %.2f ms, p99 %.2f ms, max %.2f ms, %.0f requests/s, statuses %s"
				.formatted(this.requests, this.concurrency, millis(median()), millis(p99()), millis(max()),
						throughput(), this.statuses);
		}

		private static double millis(Duration duration) {
			return duration.toNanos() / 1e6;
		}

	}

}

package dev.startupguard.e2e;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The Startup Guard series of a Prometheus scrape, with the labels and label values each
 * carries, to check that a PromQL query names only what the application exports.
 */
final class ExportedSeries {

	private static final Pattern SAMPLE = Pattern.compile("^(startupguard_[a-z_]+)(?:\\{([^}]*)})? .*$");

	private static final Pattern LABEL = Pattern.compile("([a-zA-Z_]+)=\"([^\"]*)\"");

	private static final Pattern METRIC = Pattern.compile("\\bstartupguard_[a-z_]+\\b");

	private static final Pattern SELECTOR = Pattern.compile("(startupguard_[a-z_]+)\\{([^}]*)}");

	private static final Pattern MATCHER = Pattern.compile("([a-zA-Z_]+)\\s*(=~|!~|!=|=)\\s*\"([^\"]*)\"");

	private static final Pattern GROUPING = Pattern.compile("\\b(?:by|without)\\s*\\(([^)]*)\\)");

	// added by Prometheus at scrape time, never by the application
	private static final Set<String> TARGET_LABELS = Set.of("job", "instance");

	private final Map<String, Map<String, Set<String>>> series;

	private ExportedSeries(Map<String, Map<String, Set<String>>> series) {
		this.series = series;
	}

	static ExportedSeries parse(String scrape) {
		Map<String, Map<String, Set<String>>> series = new HashMap<>();
		scrape.lines().map(SAMPLE::matcher).filter(Matcher::matches).forEach((sample) -> {
			Map<String, Set<String>> labels = series.computeIfAbsent(sample.group(1), (name) -> new HashMap<>());
			if (sample.group(2) != null) {
				Matcher label = LABEL.matcher(sample.group(2));
				while (label.find()) {
					labels.computeIfAbsent(label.group(1), (name) -> new HashSet<>()).add(label.group(2));
				}
			}
		});
		return new ExportedSeries(series);
	}

	void assertQueriesOnlyExported(String query) {
		Matcher metric = METRIC.matcher(query);
		Set<String> labelsOfQuery = new HashSet<>(TARGET_LABELS);
		boolean any = false;
		while (metric.find()) {
			any = true;
			assertThat(this.series).as("series of the scrape named by %s", query).containsKey(metric.group());
			labelsOfQuery.addAll(this.series.get(metric.group()).keySet());
		}
		assertThat(any).as("%s names a Startup Guard series", query).isTrue();
		Matcher selector = SELECTOR.matcher(query);
		while (selector.find()) {
			Map<String, Set<String>> labels = this.series.get(selector.group(1));
			Matcher matcher = MATCHER.matcher(selector.group(2));
			while (matcher.find()) {
				String label = matcher.group(1);
				if (TARGET_LABELS.contains(label)) {
					continue;
				}
				assertThat(labels).as("labels of %s in %s", selector.group(1), query).containsKey(label);
				if (matcher.group(2).equals("=") || matcher.group(2).equals("!=")) {
					assertThat(labels.get(label)).as("values of %s in %s", label, query).contains(matcher.group(3));
				}
			}
		}
		Matcher grouping = GROUPING.matcher(query);
		while (grouping.find()) {
			for (String label : grouping.group(1).split(",")) {
				assertThat(labelsOfQuery).as("labels grouped by in %s", query).contains(label.trim());
			}
		}
	}

}

package dev.startupguard.e2e;

import java.io.IOException;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.yaml.snakeyaml.Yaml;

/**
 * Reads the operations files under {@code docs/operations}: the Prometheus alert rules
 * and the Grafana dashboard.
 */
final class OperationsFiles {

	private OperationsFiles() {
	}

	static Path directory() {
		Path directory = Path.of("").toAbsolutePath();
		while (!Files.isDirectory(directory.resolve("docs/operations"))) {
			directory = directory.getParent();
			if (directory == null) {
				throw new IllegalStateException("No docs/operations above " + Path.of("").toAbsolutePath());
			}
		}
		return directory.resolve("docs/operations");
	}

	@SuppressWarnings("unchecked")
	static List<Map<String, Object>> alertRules(Path file) throws IOException {
		try (Reader reader = Files.newBufferedReader(file)) {
			Map<String, Object> document = new Yaml().load(reader);
			List<Map<String, Object>> rules = new ArrayList<>();
			for (Map<String, Object> group : (List<Map<String, Object>>) document.get("groups")) {
				rules.addAll((List<Map<String, Object>>) group.get("rules"));
			}
			return rules;
		}
	}

	@SuppressWarnings("unchecked")
	static Map<String, Object> map(Object yaml) {
		return (Map<String, Object>) yaml;
	}

	static List<String> dashboardQueries(Path file) throws IOException {
		JsonNode dashboard = new ObjectMapper().readTree(file.toFile());
		List<String> queries = new ArrayList<>(dashboard.findValuesAsText("expr"));
		queries.addAll(dashboard.path("templating").findValuesAsText("definition"));
		return queries;
	}

	/**
	 * Return the anchors GitHub gives the headings of a Markdown document.
	 * @param markdown the document
	 * @return the anchors
	 */
	static Set<String> anchors(String markdown) {
		return markdown.lines()
			.filter((line) -> line.startsWith("#"))
			.map((line) -> line.replaceFirst("^#+\\s*", "")
				.toLowerCase(Locale.ROOT)
				.replaceAll("[^a-z0-9 _-]", "")
				.replace(' ', '-'))
			.collect(Collectors.toSet());
	}

}

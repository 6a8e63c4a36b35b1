package dev.startupguard.docs;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Checks the configuration reference in {@code docs/} against the configuration metadata
 * the build generates: every property is documented with its default, and nothing is
 * documented that does not exist.
 */
class ConfigurationDocumentationTests {

	private static final Path REFERENCE = Path.of("..", "docs", "reference", "configuration.md");

	@Test
	void everyPropertyIsDocumentedWithItsDefault() throws Exception {
		String reference = Files.readString(REFERENCE);
		for (Map<String, Object> property : properties()) {
			String name = (String) property.get("name");
			assertThat(reference).as("documentation of %s", name).contains("| `" + name + "` |");
			Object defaultValue = property.get("defaultValue");
			if (defaultValue != null) {
				String shown = (defaultValue instanceof List<?> values)
						? String.join(",", values.stream().map(String::valueOf).toList())
						: String.valueOf(defaultValue).toLowerCase();
				assertThat(row(reference, name)).as("default of %s", name).contains("`" + shown + "`");
			}
		}
	}

	@Test
	void everyDocumentedPropertyExists() throws Exception {
		List<String> names = properties().stream().map((property) -> (String) property.get("name")).toList();
		Files.readAllLines(REFERENCE)
			.stream()
			.filter((line) -> line.startsWith("| `startup-guard."))
			.map((line) -> line.substring(3, line.indexOf('`', 3)))
			.forEach((documented) -> assertThat(names).as("documented property").contains(documented));
	}

	private static String row(String reference, String name) {
		return reference.lines().filter((line) -> line.startsWith("| `" + name + "` |")).findFirst().orElseThrow();
	}

	@SuppressWarnings("unchecked")
	private static List<Map<String, Object>> properties() throws Exception {
		try (InputStream metadata = ConfigurationDocumentationTests.class
			.getResourceAsStream("/META-INF/spring-configuration-metadata.json")) {
			return (List<Map<String, Object>>) new ObjectMapper().readValue(metadata, Map.class).get("properties");
		}
	}

}

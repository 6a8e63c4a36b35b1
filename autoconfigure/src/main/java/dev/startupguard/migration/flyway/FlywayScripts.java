package dev.startupguard.migration.flyway;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

import org.flywaydb.core.api.Location;
import org.flywaydb.core.api.MigrationInfo;
import org.flywaydb.core.api.configuration.Configuration;
import org.jspecify.annotations.Nullable;

/**
 * Reads the SQL scripts of a Flyway bean's migrations as Flyway would run them: from the
 * bean's locations, in its encoding, with its placeholders replaced.
 *
 * @author Startup Guard contributors
 */
final class FlywayScripts {

	private final Configuration configuration;

	FlywayScripts(Configuration configuration) {
		this.configuration = configuration;
	}

	/**
	 * Return whether a migration is a SQL script, as opposed to a Java migration.
	 * @param info the migration
	 * @return whether its script ends with one of the SQL migration suffixes
	 */
	boolean isSql(MigrationInfo info) {
		return Arrays.stream(this.configuration.getSqlMigrationSuffixes()).anyMatch(info.getScript()::endsWith);
	}

	/**
	 * Read a migration's script with its placeholders replaced.
	 * @param info the migration
	 * @return the script, empty when no location has it (such as a script of a cloud
	 * location)
	 * @throws IOException when the script cannot be read
	 */
	Optional<String> read(MigrationInfo info) throws IOException {
		for (Location location : this.configuration.getLocations()) {
			String text = read(location, info.getScript());
			if (text != null) {
				return Optional.of(replacePlaceholders(text, info.getScript()));
			}
		}
		return Optional.empty();
	}

	private @Nullable String read(Location location, String script) throws IOException {
		Charset encoding = (this.configuration.getEncoding() != null) ? this.configuration.getEncoding()
				: StandardCharsets.UTF_8;
		String root = location.getRootPath();
		if (location.isFileSystem()) {
			Path path = Path.of(root, script);
			return Files.isRegularFile(path) ? Files.readString(path, encoding) : null;
		}
		if (location.isClassPath()) {
			String resource = (root.isEmpty() ? "" : root + "/") + script;
			try (InputStream stream = this.configuration.getClassLoader().getResourceAsStream(resource)) {
				return (stream != null) ? new String(stream.readAllBytes(), encoding) : null;
			}
		}
		return null;
	}

	private String replacePlaceholders(String text, String script) {
		if (!this.configuration.isPlaceholderReplacement()) {
			return text;
		}
		Map<String, String> values = new LinkedHashMap<>(this.configuration.getPlaceholders());
		// Flyway's built-in placeholders that are known without a connection
		values.putIfAbsent("flyway:table", this.configuration.getTable());
		values.putIfAbsent("flyway:filename", script.substring(script.lastIndexOf('/') + 1));
		String defaultSchema = defaultSchema();
		if (defaultSchema != null) {
			values.putIfAbsent("flyway:defaultSchema", defaultSchema);
		}
		String replaced = text;
		for (Map.Entry<String, String> placeholder : values.entrySet()) {
			replaced = replaced.replace(this.configuration.getPlaceholderPrefix() + placeholder.getKey()
					+ this.configuration.getPlaceholderSuffix(), placeholder.getValue());
		}
		return replaced;
	}

	private @Nullable String defaultSchema() {
		if (this.configuration.getDefaultSchema() != null) {
			return this.configuration.getDefaultSchema();
		}
		String[] schemas = this.configuration.getSchemas();
		return (schemas != null && schemas.length > 0) ? schemas[0] : null;
	}

}

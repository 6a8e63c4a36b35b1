package dev.startupguard.policy;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.core.io.support.ResourcePatternResolver;

/**
 * Finds the schema scripts Spring Boot's SQL initialization would run: the configured
 * {@code spring.sql.init.schema-locations}, or by default {@code schema-${platform}.sql}
 * and {@code schema.sql} anywhere on the class path.
 *
 * @author Startup Guard contributors
 */
final class SqlInitScripts {

	private static final String OPTIONAL_PREFIX = "optional:";

	private SqlInitScripts() {
	}

	/**
	 * Return the schema script locations that hold at least one script.
	 * @param settings the application's settings
	 * @param classLoader the class loader to resolve {@code classpath:} locations with
	 * @return the locations as configured, without the {@code optional:} prefix
	 */
	static List<String> schemaScriptLocations(EnvironmentSettings settings, ClassLoader classLoader) {
		List<String> locations = settings.getList("spring.sql.init.schema-locations");
		if (locations == null) {
			BoundSetting platform = settings.get("spring.sql.init.platform");
			String platformName = (platform != null) ? platform.value() : "all";
			locations = List.of("classpath*:schema-" + platformName + ".sql", "classpath*:schema.sql");
		}
		ResourcePatternResolver resolver = new PathMatchingResourcePatternResolver(classLoader);
		List<String> found = new ArrayList<>();
		for (String location : locations) {
			String path = location.startsWith(OPTIONAL_PREFIX) ? location.substring(OPTIONAL_PREFIX.length())
					: location;
			if (exists(resolver, path)) {
				found.add(path);
			}
		}
		return found;
	}

	private static boolean exists(ResourcePatternResolver resolver, String location) {
		try {
			for (Resource resource : resolver.getResources(location)) {
				if (resource.exists()) {
					return true;
				}
			}
			return false;
		}
		catch (IOException ex) {
			return false;
		}
	}

}

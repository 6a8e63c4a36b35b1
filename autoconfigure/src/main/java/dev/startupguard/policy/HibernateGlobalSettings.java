package dev.startupguard.policy;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Function;
import java.util.function.Predicate;

import org.springframework.boot.env.PropertiesPropertySourceLoader;
import org.springframework.boot.origin.Origin;
import org.springframework.boot.origin.OriginLookup;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.EnumerablePropertySource;
import org.springframework.core.env.Environment;
import org.springframework.core.env.PropertySource;
import org.springframework.core.env.StandardEnvironment;
import org.springframework.core.io.ClassPathResource;

/**
 * Reads the settings Hibernate picks up by itself, outside Spring: a
 * {@code hibernate.properties} file at the root of the class path, then the JVM system
 * properties, which win. Whatever Spring Boot passes to Hibernate wins over both.
 *
 * @author Startup Guard contributors
 */
final class HibernateGlobalSettings {

	/**
	 * The file Hibernate reads at the root of the class path.
	 */
	static final String HIBERNATE_PROPERTIES = "hibernate.properties";

	private final ClassLoader classLoader;

	HibernateGlobalSettings(ClassLoader classLoader) {
		this.classLoader = classLoader;
	}

	/**
	 * Return the settings with the wanted names, keyed by name.
	 * @param environment the environment whose system properties to read
	 * @param wanted which names to read
	 * @return the settings, system properties winning over {@code hibernate.properties}
	 */
	Map<String, BoundSetting> read(Environment environment, Predicate<String> wanted) {
		Map<String, BoundSetting> settings = new LinkedHashMap<>();
		ClassPathResource file = new ClassPathResource(HIBERNATE_PROPERTIES, this.classLoader);
		if (file.exists()) {
			try {
				for (PropertySource<?> source : new PropertiesPropertySourceLoader().load(HIBERNATE_PROPERTIES, file)) {
					read(source, wanted, settings, (name) -> "class path resource [" + HIBERNATE_PROPERTIES + "]");
				}
			}
			catch (IOException ex) {
				throw new UncheckedIOException("Could not read " + HIBERNATE_PROPERTIES, ex);
			}
		}
		if (environment instanceof ConfigurableEnvironment configurable) {
			PropertySource<?> systemProperties = configurable.getPropertySources()
				.get(StandardEnvironment.SYSTEM_PROPERTIES_PROPERTY_SOURCE_NAME);
			if (systemProperties != null) {
				read(systemProperties, wanted, settings, SettingSources::systemProperty);
			}
		}
		return settings;
	}

	private void read(PropertySource<?> source, Predicate<String> wanted, Map<String, BoundSetting> settings,
			Function<String, String> unknownOrigin) {
		if (!(source instanceof EnumerablePropertySource<?> enumerable)) {
			return;
		}
		for (String name : enumerable.getPropertyNames()) {
			Object value = enumerable.getProperty(name);
			if (wanted.test(name) && value != null) {
				Origin origin = OriginLookup.getOrigin(source, name);
				settings.put(name, new BoundSetting(name, value.toString(), origin,
						(origin != null) ? SettingSources.describe(origin, source, name) : unknownOrigin.apply(name)));
			}
		}
	}

}

package dev.startupguard.policy;

import org.jspecify.annotations.Nullable;

import org.springframework.boot.origin.Origin;
import org.springframework.boot.origin.SystemEnvironmentOrigin;
import org.springframework.boot.origin.TextResourceOrigin;
import org.springframework.core.env.CommandLinePropertySource;
import org.springframework.core.env.PropertySource;
import org.springframework.core.env.StandardEnvironment;

/**
 * Describes in words where a property value comes from: the file and line, the
 * environment variable, or, where Spring knows no origin, the kind of property source.
 *
 * @author Startup Guard contributors
 */
final class SettingSources {

	/**
	 * Name of the property source that holds a {@code SpringApplication}'s default
	 * properties.
	 */
	private static final String DEFAULT_PROPERTIES = "defaultProperties";

	private SettingSources() {
	}

	/**
	 * Describe where a value comes from.
	 * @param origin the origin Spring knows, or {@code null}
	 * @param underlyingSource the property source that holds the value, or {@code null}
	 * @param property the property as named in that source
	 * @return the description
	 */
	static String describe(@Nullable Origin origin, @Nullable Object underlyingSource, String property) {
		if (origin instanceof SystemEnvironmentOrigin environment) {
			return "environment variable " + environment.getProperty();
		}
		if (origin instanceof TextResourceOrigin text && text.getLocation() != null) {
			// Only the resource's description, then the line: columns mean nothing to a
			// reader looking for the line to change
			return new TextResourceOrigin(text.getResource(), null) + ", line " + (text.getLocation().getLine() + 1);
		}
		if (origin != null) {
			return origin.toString();
		}
		String name = (underlyingSource instanceof PropertySource<?> propertySource) ? propertySource.getName() : null;
		if (CommandLinePropertySource.COMMAND_LINE_PROPERTY_SOURCE_NAME.equals(name)) {
			return "command-line argument --" + property;
		}
		if (StandardEnvironment.SYSTEM_PROPERTIES_PROPERTY_SOURCE_NAME.equals(name)) {
			return systemProperty(property);
		}
		if (StandardEnvironment.SYSTEM_ENVIRONMENT_PROPERTY_SOURCE_NAME.equals(name)) {
			return "environment variable for " + property;
		}
		if (DEFAULT_PROPERTIES.equals(name)) {
			return "SpringApplication default properties";
		}
		return (name != null) ? "property source '" + name + "'" : "unknown source";
	}

	/**
	 * Describe a JVM system property.
	 * @param property the property
	 * @return the description
	 */
	static String systemProperty(String property) {
		return "JVM system property -D" + property;
	}

}

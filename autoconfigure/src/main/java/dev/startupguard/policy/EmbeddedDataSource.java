package dev.startupguard.policy;

import java.util.Locale;

import org.jspecify.annotations.Nullable;

import org.springframework.boot.jdbc.DatabaseDriver;
import org.springframework.boot.jdbc.EmbeddedDatabaseConnection;
import org.springframework.util.StringUtils;

/**
 * Decides, from properties and the class path alone, whether the {@code DataSource}
 * Spring Boot auto-configures is an embedded, in-memory database, the way Spring Boot
 * decides it once the {@code DataSource} exists. Only used where {@code spring-boot-jdbc}
 * is on the class path.
 *
 * @author Startup Guard contributors
 */
final class EmbeddedDataSource {

	private EmbeddedDataSource() {
	}

	/**
	 * Return why the auto-configured {@code DataSource} is embedded, in words that never
	 * quote the URL (it may carry credentials).
	 * @param settings the application's settings
	 * @param classLoader the class loader to look for embedded database drivers with
	 * @return the reason, or {@code null} when the {@code DataSource} is not embedded or
	 * cannot be told from properties (JNDI)
	 */
	static @Nullable String embeddedReason(EnvironmentSettings settings, ClassLoader classLoader) {
		if (settings.get("spring.datasource.jndi-name") != null) {
			return null;
		}
		BoundSetting url = settings.get("spring.datasource.url");
		if (url != null && StringUtils.hasText(url.value())) {
			BoundSetting driver = settings.get("spring.datasource.driver-class-name");
			String driverClass = (driver != null && StringUtils.hasText(driver.value())) ? driver.value().trim()
					: DatabaseDriver.fromJdbcUrl(url.value()).getDriverClassName();
			if (EmbeddedDatabaseConnection.isEmbedded(driverClass, url.value())) {
				return "spring.datasource.url (" + url.source() + ") names an in-memory "
						+ DatabaseDriver.fromJdbcUrl(url.value()).name() + " database";
			}
			return null;
		}
		EmbeddedDatabaseConnection connection = configuredConnection(settings);
		if (connection == null) {
			connection = EmbeddedDatabaseConnection.get(classLoader);
		}
		if (connection == EmbeddedDatabaseConnection.NONE) {
			return null;
		}
		return "spring.datasource.url is not set, so Spring Boot starts an in-memory " + connection.name()
				+ " database";
	}

	private static @Nullable EmbeddedDatabaseConnection configuredConnection(EnvironmentSettings settings) {
		BoundSetting configured = settings.get("spring.datasource.embedded-database-connection");
		if (configured == null || !StringUtils.hasText(configured.value())) {
			return null;
		}
		try {
			return EmbeddedDatabaseConnection
				.valueOf(configured.value().trim().toUpperCase(Locale.ROOT).replace('-', '_'));
		}
		catch (IllegalArgumentException ex) {
			return null;
		}
	}

}

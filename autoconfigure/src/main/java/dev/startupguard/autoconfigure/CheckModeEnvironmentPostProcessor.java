package dev.startupguard.autoconfigure;

import java.util.LinkedHashMap;
import java.util.Map;

import org.springframework.boot.EnvironmentPostProcessor;
import org.springframework.boot.SpringApplication;
import org.springframework.core.Ordered;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;

/**
 * Prepares a start in check mode ({@code startup-guard.mode=check}): no web server, no
 * migration run by Flyway or Liquibase (the guard reads them instead), no SQL scripts,
 * the production policy applied as in production (a setting that would change the schema
 * refuses the start before anything runs), and findings that never refuse the start, so
 * that the report is written whatever it says and the exit code carries the verdict.
 *
 * @author Startup Guard contributors
 */
class CheckModeEnvironmentPostProcessor implements EnvironmentPostProcessor, Ordered {

	/**
	 * Name of the property source check mode adds, ahead of every other.
	 */
	static final String PROPERTY_SOURCE = "startupGuardCheckMode";

	@Override
	public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
		if (!"check".equalsIgnoreCase(environment.getProperty("startup-guard.mode"))) {
			return;
		}
		Map<String, Object> settings = new LinkedHashMap<>();
		settings.put("spring.main.web-application-type", "none");
		settings.put("spring.flyway.enabled", "false");
		settings.put("spring.liquibase.enabled", "false");
		settings.put("spring.sql.init.mode", "never");
		settings.put("spring.batch.job.enabled", "false");
		settings.put("startup-guard.production", "true");
		settings.put("startup-guard.on-drift", "warn");
		settings.put("startup-guard.on-check-error", "warn");
		environment.getPropertySources().addFirst(new MapPropertySource(PROPERTY_SOURCE, settings));
	}

	@Override
	public int getOrder() {
		// after the application's configuration files are loaded
		return Ordered.LOWEST_PRECEDENCE;
	}

}

package dev.startupguard.startup.app;

import java.util.ArrayList;
import java.util.List;

import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Starts {@link GuardedApplication} for the migration tool tests: on the test's database,
 * with one migration tool's auto-configuration and Hibernate's schema tool off, so that
 * each test's own migrations make the schema.
 */
public final class GuardedApplications {

	private GuardedApplications() {
	}

	/**
	 * Start the application.
	 * @param url the JDBC URL of the test's database
	 * @param excludedAutoConfiguration the auto-configuration of the tool the test does
	 * not use
	 * @param sources configuration classes besides the application
	 * @param arguments the test's own arguments, ahead of the common ones
	 * @return the context
	 */
	public static ConfigurableApplicationContext run(String url, String excludedAutoConfiguration,
			List<Class<?>> sources, List<String> arguments) {
		List<Class<?>> all = new ArrayList<>(List.of(GuardedApplication.class));
		all.addAll(sources);
		List<String> args = new ArrayList<>(arguments);
		args.addAll(List.of("--spring.autoconfigure.exclude=" + excludedAutoConfiguration,
				"--spring.jpa.hibernate.ddl-auto=none", "--spring.datasource.url=" + url,
				"--spring.jpa.open-in-view=false", "--spring.main.banner-mode=off", "--spring.sql.init.mode=never"));
		return new SpringApplicationBuilder(all.toArray(Class<?>[]::new)).web(WebApplicationType.NONE)
			.run(args.toArray(String[]::new));
	}

}

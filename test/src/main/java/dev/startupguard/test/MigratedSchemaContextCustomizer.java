package dev.startupguard.test;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.support.DefaultSingletonBeanRegistry;
import org.springframework.context.ApplicationEvent;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.event.ContextClosedEvent;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;
import org.springframework.test.context.ContextCustomizer;
import org.springframework.test.context.MergedContextConfiguration;

/**
 * {@link ContextCustomizer} of a {@link MigratedSchemaTest @MigratedSchemaTest} context:
 * creates its scratch database, points the data source at it and drops it when the
 * context closes; keeps Hibernate and SQL scripts from creating the schema; makes the
 * guard report drift instead of refusing the start; and watches for an embedded database.
 * Two test classes with the same database settings share one context.
 *
 * @author Startup Guard contributors
 */
class MigratedSchemaContextCustomizer implements ContextCustomizer {

	/**
	 * The property that names the administrative URL when the annotation does not.
	 */
	static final String DATABASE_URL_PROPERTY = "startup-guard.test.database-url";

	private static final String PROPERTY_SOURCE = "startupGuardMigratedSchemaTest";

	private final String databaseUrl;

	private final boolean allowEmbedded;

	private final @Nullable String snapshotDirectory;

	/**
	 * Create a customizer.
	 * @param databaseUrl the administrative URL, or empty
	 * @param allowEmbedded whether an embedded database may stand in
	 * @param snapshotDirectory where to write the schema snapshot (empty: the build's
	 * output), or {@code null} to write none
	 */
	MigratedSchemaContextCustomizer(String databaseUrl, boolean allowEmbedded, @Nullable String snapshotDirectory) {
		this.databaseUrl = databaseUrl;
		this.allowEmbedded = allowEmbedded;
		this.snapshotDirectory = snapshotDirectory;
	}

	@Override
	public void customizeContext(ConfigurableApplicationContext context, MergedContextConfiguration mergedConfig) {
		ConfigurableEnvironment environment = context.getEnvironment();
		Map<String, Object> properties = new LinkedHashMap<>(forcedProperties());
		String adminUrl = adminUrl(environment);
		if (!adminUrl.isEmpty()) {
			refuseOwnMigrationConnection(environment, "spring.flyway.url");
			refuseOwnMigrationConnection(environment, "spring.liquibase.url");
			ScratchDatabase database = ScratchDatabase.create(adminUrl);
			dropOnClose(context, database);
			properties.put("spring.datasource.url", database.url());
			// empty: the driver is the URL's, whatever the application names for
			// production
			properties.put("spring.datasource.driver-class-name", "");
			database.credentials()
				.forEach((key, value) -> properties
					.put("spring.datasource." + (key.equals("user") ? "username" : "password"), value));
		}
		environment.getPropertySources().addFirst(new MapPropertySource(PROPERTY_SOURCE, properties));
		context.getBeanFactory().addBeanPostProcessor(new EmbeddedDatabaseCheck(this.allowEmbedded));
		if (this.snapshotDirectory != null) {
			context.addApplicationListener(new SnapshotWriter(SnapshotWriter.file(this.snapshotDirectory)));
		}
	}

	private static void dropOnClose(ConfigurableApplicationContext context, ScratchDatabase database) {
		if (context.getBeanFactory() instanceof DefaultSingletonBeanRegistry registry) {
			// registered before any bean, so destroyed after all of them, the pool
			// included
			registry.registerDisposableBean("startupGuardScratchDatabase", database::drop);
		}
		else {
			context.addApplicationListener((ApplicationEvent event) -> {
				if (event instanceof ContextClosedEvent) {
					database.drop();
				}
			});
		}
	}

	private String adminUrl(ConfigurableEnvironment environment) {
		String url = this.databaseUrl.isBlank() ? environment.getProperty(DATABASE_URL_PROPERTY, "") : this.databaseUrl;
		return environment.resolveRequiredPlaceholders(url).strip();
	}

	private static void refuseOwnMigrationConnection(ConfigurableEnvironment environment, String property) {
		if (environment.containsProperty(property)) {
			throw new IllegalStateException(property + " is set, so the migrations would run on "
					+ ScratchDatabase.masked(String.valueOf(environment.getProperty(property)))
					+ " rather than on the scratch database of @MigratedSchemaTest. Leave it out of the test's"
					+ " configuration (a test profile, or the properties of the annotation cannot unset it), or"
					+ " leave databaseUrl empty and provide the database yourself.");
		}
	}

	/**
	 * Return the settings every migrated schema test runs with.
	 * @return the properties
	 */
	static Map<String, Object> forcedProperties() {
		Map<String, Object> properties = new LinkedHashMap<>();
		// only the migrations may build the schema: anything else would hide a missing
		// one
		properties.put("spring.jpa.hibernate.ddl-auto", "none");
		properties.put("spring.jpa.generate-ddl", "false");
		properties.put("spring.jpa.properties.hibernate.hbm2ddl.auto", "none");
		properties.put("spring.jpa.properties.jakarta.persistence.schema-generation.database.action", "none");
		properties.put("spring.sql.init.mode", "never");
		// the test judges the report: the start logs it and never refuses
		properties.put("startup-guard.enabled", "true");
		properties.put("startup-guard.mode", "startup");
		properties.put("startup-guard.production", "false");
		properties.put("startup-guard.on-drift", "warn");
		properties.put("startup-guard.on-check-error", "warn");
		return properties;
	}

	@Override
	public boolean equals(Object other) {
		return other instanceof MigratedSchemaContextCustomizer customizer
				&& this.databaseUrl.equals(customizer.databaseUrl) && this.allowEmbedded == customizer.allowEmbedded
				&& Objects.equals(this.snapshotDirectory, customizer.snapshotDirectory);
	}

	@Override
	public int hashCode() {
		return Objects.hash(this.databaseUrl, this.allowEmbedded, this.snapshotDirectory);
	}

}

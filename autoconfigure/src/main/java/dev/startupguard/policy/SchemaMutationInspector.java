package dev.startupguard.policy;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;

import org.springframework.core.env.Environment;

/**
 * Evaluates an application's {@link Environment} into the settings that would let this
 * start change the database schema, each with the value that applies and its origin. It
 * judges what would really apply: Spring Boot's and Hibernate's precedence between the
 * settings, and Spring Boot's {@code create-drop} default for an embedded database that
 * no migration tool manages. It reads properties and the class path only: no bean, no
 * connection.
 *
 * @author Startup Guard contributors
 * @since 0.1.0
 */
public final class SchemaMutationInspector {

	private static final String FLYWAY_AUTO_CONFIGURATION = "org.springframework.boot.flyway.autoconfigure.FlywayAutoConfiguration";

	private static final String LIQUIBASE_AUTO_CONFIGURATION = "org.springframework.boot.liquibase.autoconfigure.LiquibaseAutoConfiguration";

	private final PersistenceClasspath classpath;

	/**
	 * Create an inspector for the application loaded by the given class loader.
	 * @param classLoader the application's class loader, or {@code null} for the default
	 */
	public SchemaMutationInspector(@Nullable ClassLoader classLoader) {
		this(PersistenceClasspath.detect(classLoader));
	}

	SchemaMutationInspector(PersistenceClasspath classpath) {
		this.classpath = classpath;
	}

	/**
	 * Return the settings that would let this start change the schema.
	 * @param environment the application's environment
	 * @return the settings, in catalogue order; empty when there is none
	 */
	public List<SchemaMutation> inspect(Environment environment) {
		EnvironmentSettings settings = new EnvironmentSettings(environment);
		String embeddedReason = this.classpath.jdbc()
				? EmbeddedDataSource.embeddedReason(settings, this.classpath.classLoader()) : null;
		List<SchemaMutation> mutations = new ArrayList<>();
		Map<String, BoundSetting> hibernateGlobals = new HibernateGlobalSettings(this.classpath.classLoader())
			.read(environment, HibernateSchemaActions::isSchemaActionKey);
		mutations.addAll(HibernateSchemaActions.mutations(settings, hibernateGlobals,
				() -> bootDefaultDdlAuto(settings, embeddedReason)));
		addIfMutates(mutations, settings, SchemaMutationSetting.FLYWAY_CLEAN_DISABLED, "spring.flyway.enabled");
		addIfMutates(mutations, settings, SchemaMutationSetting.LIQUIBASE_DROP_FIRST, "spring.liquibase.enabled");
		if (this.classpath.jdbc() && embeddedReason == null) {
			addSqlInitScripts(mutations, settings);
		}
		mutations.sort((left, right) -> left.setting().compareTo(right.setting()));
		return List.copyOf(mutations);
	}

	/**
	 * Spring Boot's default for {@code ddl-auto}: {@code create-drop} on an embedded
	 * database that neither Flyway nor Liquibase manages, {@code none} otherwise.
	 */
	private @Nullable BoundSetting bootDefaultDdlAuto(EnvironmentSettings settings, @Nullable String embeddedReason) {
		if (!this.classpath.hibernateJpa() || embeddedReason == null || managedByMigrations(settings)) {
			return null;
		}
		return new BoundSetting(SchemaMutationSetting.DEFAULT_DDL_AUTO.property(), "create-drop", null,
				"not set, so Spring Boot's default applies: " + embeddedReason
						+ ", and neither Flyway nor Liquibase manages it");
	}

	private boolean managedByMigrations(EnvironmentSettings settings) {
		return (this.classpath.flyway() && enabled(settings, "spring.flyway.enabled")
				&& !excluded(settings, FLYWAY_AUTO_CONFIGURATION))
				|| (this.classpath.liquibase() && enabled(settings, "spring.liquibase.enabled")
						&& !excluded(settings, LIQUIBASE_AUTO_CONFIGURATION));
	}

	// a tool whose auto-configuration is excluded manages nothing, wherever its classes
	// are
	private static boolean excluded(EnvironmentSettings settings, String autoConfiguration) {
		List<String> excluded = settings.getList("spring.autoconfigure.exclude");
		return excluded != null && excluded.stream().map(String::trim).anyMatch(autoConfiguration::equals);
	}

	private static boolean enabled(EnvironmentSettings settings, String property) {
		BoundSetting enabled = settings.get(property);
		return enabled == null || !"false".equalsIgnoreCase(enabled.value().trim());
	}

	/**
	 * Add a migration tool's switch where it is set to a mutating value and the tool is
	 * not switched off. The tool's presence on the class path is not required: a set
	 * switch costs nothing to remove, and the class path in production is not always the
	 * one the tests saw.
	 */
	private static void addIfMutates(List<SchemaMutation> mutations, EnvironmentSettings settings,
			SchemaMutationSetting setting, String enabledProperty) {
		BoundSetting bound = settings.get(setting.property());
		if (bound != null && setting.mutates(bound.value()) && enabled(settings, enabledProperty)) {
			mutations.add(mutation(setting, bound, setting.effect(bound.value())));
		}
	}

	private void addSqlInitScripts(List<SchemaMutation> mutations, EnvironmentSettings settings) {
		SchemaMutationSetting setting = SchemaMutationSetting.SQL_INIT_SCHEMA_SCRIPTS;
		BoundSetting mode = settings.get(setting.property());
		if (mode == null || !setting.mutates(mode.value())) {
			return;
		}
		List<String> scripts = SqlInitScripts.schemaScriptLocations(settings, this.classpath.classLoader());
		if (!scripts.isEmpty()) {
			mutations.add(mutation(setting, mode, "runs " + String.join(" and ", scripts)
					+ " against this database, which is not embedded, at every start, outside any migration history"));
		}
	}

	private static SchemaMutation mutation(SchemaMutationSetting setting, BoundSetting bound, String effect) {
		return new SchemaMutation(setting, bound.property(), bound.value(), bound.origin(), bound.source(), effect,
				setting.instead(bound.property()));
	}

}

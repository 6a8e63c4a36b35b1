package dev.startupguard.startup;

import java.lang.reflect.Field;
import java.util.Map;

import liquibase.integration.spring.SpringLiquibase;
import liquibase.integration.spring.SpringResourceAccessor;
import org.jspecify.annotations.Nullable;
import org.springframework.core.io.DefaultResourceLoader;
import org.springframework.core.io.ResourceLoader;
import org.springframework.util.ReflectionUtils;

import dev.startupguard.migration.liquibase.LiquibaseSettings;

/**
 * Reads the settings of an application's {@link SpringLiquibase} bean, whoever created
 * it: Spring Boot from {@code spring.liquibase.*}, or the application itself, as every
 * JHipster application does, with the changelog set in code and
 * {@code spring.liquibase.enabled} deciding only whether it runs.
 * <p>
 * {@code SpringLiquibase} has no getter for its changelog parameters nor for whether it
 * runs, so those two are read from its fields ({@code parameters} and {@code shouldRun},
 * the same in Liquibase 4.33 and 5.0). Should a version rename them, the parameters are
 * taken as none and the bean as one that runs, which errs toward refusing a destructive
 * changeset in production rather than letting it through.
 *
 * @author Startup Guard contributors
 * @since 0.1.0
 */
public final class SpringLiquibaseSettings {

	// Liquibase's own switch, which SpringLiquibase honours before its shouldRun
	private static final String SHOULD_RUN_PROPERTY = "liquibase.shouldRun";

	private SpringLiquibaseSettings() {
	}

	/**
	 * Return what the guard reads of the given bean.
	 * @param liquibase the application's bean
	 * @return its changelog, data source, tables, contexts, labels and parameters
	 */
	public static LiquibaseSettings of(SpringLiquibase liquibase) {
		ResourceLoader resourceLoader = (liquibase.getResourceLoader() != null) ? liquibase.getResourceLoader()
				: new DefaultResourceLoader();
		return new LiquibaseSettings(liquibase.getChangeLog(), () -> new SpringResourceAccessor(resourceLoader),
				liquibase.getDataSource(), liquibase.getContexts(), liquibase.getLabelFilter(),
				liquibase.getDefaultSchema(), liquibase.getLiquibaseSchema(), liquibase.getDatabaseChangeLogTable(),
				liquibase.getDatabaseChangeLogLockTable(), parameters(liquibase), liquibase.getTag());
	}

	/**
	 * Return whether the bean updates the database when it is initialised.
	 * @param liquibase the bean
	 * @return whether it runs
	 */
	static boolean runs(SpringLiquibase liquibase) {
		if ("false".equalsIgnoreCase(System.getProperty(SHOULD_RUN_PROPERTY))) {
			return false;
		}
		Object shouldRun = field(liquibase, "shouldRun");
		return !(shouldRun instanceof Boolean value) || value;
	}

	@SuppressWarnings("unchecked")
	private static Map<String, String> parameters(SpringLiquibase liquibase) {
		Object parameters = field(liquibase, "parameters");
		return (parameters instanceof Map<?, ?> map) ? (Map<String, String>) map : Map.of();
	}

	private static @Nullable Object field(SpringLiquibase liquibase, String name) {
		Field field = ReflectionUtils.findField(SpringLiquibase.class, name);
		if (field == null) {
			return null;
		}
		ReflectionUtils.makeAccessible(field);
		return ReflectionUtils.getField(field, liquibase);
	}

}

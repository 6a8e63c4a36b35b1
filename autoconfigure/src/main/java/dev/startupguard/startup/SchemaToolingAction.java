package dev.startupguard.startup;

import java.util.Map;
import java.util.function.Function;

import org.hibernate.cfg.SchemaToolingSettings;
import org.hibernate.tool.schema.Action;
import org.jspecify.annotations.Nullable;

/**
 * What a persistence unit's Hibernate properties ask schema tooling to do to the database
 * while the session factory is built: {@code hibernate.hbm2ddl.auto}
 * ({@code spring.jpa.hibernate.ddl-auto}) or the Jakarta Persistence database action,
 * read as Hibernate reads them, whether a name or an {@link Action}.
 *
 * @author Startup Guard contributors
 * @since 0.1.0
 */
final class SchemaToolingAction {

	// the database action's name before Jakarta Persistence, which the policy refuses too
	private static final String JAVAX_DATABASE_ACTION = "javax.persistence.schema-generation.database.action";

	private SchemaToolingAction() {
	}

	/**
	 * Whether the properties ask Hibernate to validate the schema.
	 * @param properties the session factory's properties
	 * @return whether either action is {@code validate}
	 */
	static boolean validates(Map<String, Object> properties) {
		return hbm2ddl(properties) == Action.VALIDATE || databaseAction(properties) == Action.VALIDATE;
	}

	/**
	 * Whether the properties leave the schema alone: no action is set, or each is
	 * {@code none}, the database action under its {@code javax} name included.
	 * @param properties the session factory's properties
	 * @return whether building the session factory changes no table
	 */
	static boolean leavesSchemaAlone(Map<String, Object> properties) {
		return hbm2ddl(properties) == Action.NONE && databaseAction(properties) == Action.NONE
				&& action(properties.get(JAVAX_DATABASE_ACTION), Action::interpretJpaSetting) == Action.NONE;
	}

	private static @Nullable Action hbm2ddl(Map<String, Object> properties) {
		return action(properties.get(SchemaToolingSettings.HBM2DDL_AUTO), Action::interpretHbm2ddlSetting);
	}

	private static @Nullable Action databaseAction(Map<String, Object> properties) {
		return action(properties.get(SchemaToolingSettings.JAKARTA_HBM2DDL_DATABASE_ACTION),
				Action::interpretJpaSetting);
	}

	/**
	 * Return the action a setting names, {@code NONE} where it is not set, and
	 * {@code null} for a value Hibernate does not know, which it refuses itself later.
	 */
	private static @Nullable Action action(@Nullable Object value, Function<Object, Action> interpret) {
		if (value == null || value.toString().isBlank()) {
			return Action.NONE;
		}
		try {
			return interpret.apply((value instanceof String text) ? text.trim() : value);
		}
		catch (RuntimeException ex) {
			return null;
		}
	}

}

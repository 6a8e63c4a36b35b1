package dev.startupguard.startup;

import java.util.Locale;
import java.util.Map;

import org.hibernate.cfg.SchemaToolingSettings;
import org.jspecify.annotations.Nullable;

/**
 * What a persistence unit's Hibernate properties ask schema tooling to do to the database
 * while the session factory is built: {@code hibernate.hbm2ddl.auto}
 * ({@code spring.jpa.hibernate.ddl-auto}) or the Jakarta Persistence database action.
 *
 * @author Startup Guard contributors
 * @since 0.1.0
 */
final class SchemaToolingAction {

	private static final String NONE = "none";

	private SchemaToolingAction() {
	}

	/**
	 * Whether the properties ask Hibernate to validate the schema.
	 * @param properties the session factory's properties
	 * @return whether either action is {@code validate}
	 */
	static boolean validates(Map<String, Object> properties) {
		return "validate".equals(action(properties, SchemaToolingSettings.HBM2DDL_AUTO))
				|| "validate".equals(action(properties, SchemaToolingSettings.JAKARTA_HBM2DDL_DATABASE_ACTION));
	}

	/**
	 * Whether the properties leave the schema alone: neither action is set, or both are
	 * {@code none}.
	 * @param properties the session factory's properties
	 * @return whether building the session factory changes no table
	 */
	static boolean leavesSchemaAlone(Map<String, Object> properties) {
		return NONE.equals(action(properties, SchemaToolingSettings.HBM2DDL_AUTO))
				&& NONE.equals(action(properties, SchemaToolingSettings.JAKARTA_HBM2DDL_DATABASE_ACTION));
	}

	private static String action(Map<String, Object> properties, String name) {
		@Nullable Object value = properties.get(name);
		String action = (value != null) ? value.toString().trim().toLowerCase(Locale.ROOT) : "";
		return action.isEmpty() ? NONE : action;
	}

}

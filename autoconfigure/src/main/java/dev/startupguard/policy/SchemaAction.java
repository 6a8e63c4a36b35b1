package dev.startupguard.policy;

import java.util.Locale;

import org.jspecify.annotations.Nullable;

/**
 * What Hibernate's schema tooling does to the database at startup, read from the value of
 * {@code hibernate.hbm2ddl.auto} or of the Jakarta Persistence
 * {@code schema-generation.database.action}. Mirrors Hibernate's own {@code Action}
 * without depending on it, so that the policy also works where Hibernate is absent.
 *
 * @author Startup Guard contributors
 */
enum SchemaAction {

	/**
	 * Nothing.
	 */
	NONE("leaves the schema alone"),

	/**
	 * Compares the schema with the mappings and fails on a difference.
	 */
	VALIDATE("checks the schema and changes nothing"),

	/**
	 * Creates the mapped tables and sequences without dropping anything first.
	 */
	CREATE_ONLY("creates the mapped tables and sequences at startup, outside any migration"),

	/**
	 * Drops the mapped objects, then creates them again.
	 */
	CREATE("drops every mapped table at startup and creates it again empty: every row in them is lost"),

	/**
	 * Drops and creates at startup, drops again at shutdown.
	 */
	CREATE_DROP("drops every mapped table at startup, creates it again empty, and drops it once more at shutdown: "
			+ "every row in them is lost"),

	/**
	 * Drops the mapped objects.
	 */
	DROP("drops every mapped table at startup: every row in them is lost"),

	/**
	 * Alters the schema to match the mappings.
	 */
	UPDATE("alters the schema at startup to match the entities: tables and columns appear without a reviewed "
			+ "migration, tables may be locked while it runs, and no other environment gets the same change"),

	/**
	 * Deletes every row of the mapped tables.
	 */
	TRUNCATE("deletes every row of every mapped table at startup"),

	/**
	 * Runs the import scripts.
	 */
	POPULATE("runs Hibernate's import scripts against the database at startup"),

	/**
	 * Resets the id sequences to match the data.
	 */
	SYNCHRONIZE("resets the id sequences at startup to match the data in the tables"),

	/**
	 * A value Hibernate may or may not accept; only {@link #NONE} and {@link #VALIDATE}
	 * are known to leave the schema alone.
	 */
	UNKNOWN("is a value Startup Guard does not know: only 'none' and 'validate' are known to leave the schema alone");

	private final String effect;

	SchemaAction(String effect) {
		this.effect = effect;
	}

	/**
	 * Return what the action does, as the end of a sentence that starts with the setting.
	 * @return the effect
	 */
	String effect() {
		return this.effect;
	}

	/**
	 * Return whether the action changes the database.
	 * @return {@code true} unless the action is {@link #NONE} or {@link #VALIDATE}
	 */
	boolean mutates() {
		return this != NONE && this != VALIDATE;
	}

	/**
	 * Read a value of {@code hibernate.hbm2ddl.auto}, where {@code create} drops first.
	 * @param value the value, {@code null} or blank for none
	 * @return the action
	 */
	static SchemaAction ofHbm2ddl(@Nullable String value) {
		String name = normalize(value);
		return switch (name) {
			case "", "none" -> NONE;
			case "validate" -> VALIDATE;
			case "create-only", "create_only" -> CREATE_ONLY;
			case "create", "drop-and-create" -> CREATE;
			case "create-drop", "create_drop" -> CREATE_DROP;
			case "drop" -> DROP;
			case "update" -> UPDATE;
			default -> others(name);
		};
	}

	/**
	 * Read a value of the Jakarta Persistence {@code schema-generation.database.action},
	 * where {@code create} does not drop first.
	 * @param value the value, {@code null} or blank for none
	 * @return the action
	 */
	static SchemaAction ofJpa(@Nullable String value) {
		String name = normalize(value);
		return switch (name) {
			case "", "none" -> NONE;
			case "validate" -> VALIDATE;
			case "create", "create-only", "create_only" -> CREATE_ONLY;
			case "drop-and-create", "drop_and_create" -> CREATE;
			case "create-drop", "create_drop" -> CREATE_DROP;
			case "drop" -> DROP;
			case "update" -> UPDATE;
			default -> others(name);
		};
	}

	private static SchemaAction others(String name) {
		return switch (name) {
			case "truncate" -> TRUNCATE;
			case "populate" -> POPULATE;
			case "synchronize" -> SYNCHRONIZE;
			default -> UNKNOWN;
		};
	}

	private static String normalize(@Nullable String value) {
		return (value != null) ? value.trim().toLowerCase(Locale.ROOT) : "";
	}

}

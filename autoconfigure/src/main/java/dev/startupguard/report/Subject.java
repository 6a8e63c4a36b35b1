package dev.startupguard.report;

import java.util.Objects;

/**
 * Something the guard checks: a persistence unit, a migration tool instance, or the
 * application's settings.
 *
 * @param kind what kind of subject it is
 * @param name its name, unique among the subjects of its kind, such as the persistence
 * unit's name
 * @author Startup Guard contributors
 * @since 0.1.0
 */
public record Subject(SubjectKind kind, String name) {

	/**
	 * Name of the one subject of kind {@link SubjectKind#APPLICATION_SETTINGS}.
	 */
	public static final String APPLICATION = "application";

	public Subject {
		Objects.requireNonNull(kind, "'kind' must not be null");
		if (name == null || name.isBlank()) {
			throw new IllegalArgumentException("'name' must not be empty");
		}
	}

	/**
	 * Return a persistence unit.
	 * @param name the unit's name
	 * @return the subject
	 */
	public static Subject persistenceUnit(String name) {
		return new Subject(SubjectKind.PERSISTENCE_UNIT, name);
	}

	/**
	 * Return a migration tool instance.
	 * @param name the name of its bean
	 * @return the subject
	 */
	public static Subject migrationTool(String name) {
		return new Subject(SubjectKind.MIGRATION_TOOL, name);
	}

	/**
	 * Return the application's settings.
	 * @return the subject
	 */
	public static Subject applicationSettings() {
		return new Subject(SubjectKind.APPLICATION_SETTINGS, APPLICATION);
	}

	/**
	 * Return the subject as a person reads it, such as {@code persistence unit 'orders'}.
	 * @return the description
	 */
	public String describe() {
		return (this.kind == SubjectKind.APPLICATION_SETTINGS) ? "the application's settings"
				: this.kind.label() + " '" + this.name + "'";
	}

}

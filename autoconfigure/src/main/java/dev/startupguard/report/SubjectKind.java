package dev.startupguard.report;

import java.util.Locale;

/**
 * Kind of a checked {@link Subject}: what question its check answers.
 *
 * @author Startup Guard contributors
 * @since 0.1.0
 */
public enum SubjectKind {

	/**
	 * A persistence unit: does the live schema match what its entities expect?
	 */
	PERSISTENCE_UNIT("persistence unit", "persistenceUnits", "the schema matches the entities",
			"the database schema of %s does not match its entities",
			"The entities expect schema changes that this database does not have. Apply the migrations"
					+ " before deploying the code that needs them; never let Hibernate change a production schema.",
			true),

	/**
	 * A migration tool instance, one per Flyway or Liquibase bean: are the migrations in
	 * the state the code expects, and what will the pending ones do?
	 */
	MIGRATION_TOOL("migration tool", "migrationTools", "the migrations are in the state the code expects",
			"the migrations of %s are not in the state the code expects",
			"The migrations are not in the state this code expects. Run them before the code that needs them,"
					+ " never edit a migration that has run, and change the schema through migrations, not by hand.",
			true),

	/**
	 * The application's settings: is this start about to change the schema outside any
	 * migration tool?
	 */
	APPLICATION_SETTINGS("application settings", "applicationSettings", "no schema-changing setting to report",
			"%s would change the schema",
			"A production start that changes its own schema can alter or destroy data at every start."
					+ " Change the schema through Flyway or Liquibase instead.",
			false);

	private final String label;

	private final String group;

	private final String clean;

	private final String mismatch;

	private final String advice;

	private final boolean loggedWhenClean;

	SubjectKind(String label, String group, String clean, String mismatch, String advice, boolean loggedWhenClean) {
		this.label = label;
		this.group = group;
		this.clean = clean;
		this.mismatch = mismatch;
		this.advice = advice;
		this.loggedWhenClean = loggedWhenClean;
	}

	/**
	 * Return the kind as a person reads it, such as {@code persistence unit}.
	 * @return the label
	 */
	public String label() {
		return this.label;
	}

	/**
	 * Return the key under which JSON outputs group the subjects of this kind, such as
	 * {@code persistenceUnits}.
	 * @return the key
	 */
	public String group() {
		return this.group;
	}

	/**
	 * Return what a clean check of a subject of this kind means, such as
	 * {@code the schema
	 * matches the entities}.
	 * @return the phrase
	 */
	public String clean() {
		return this.clean;
	}

	/**
	 * Return what findings that refuse the start mean for a subject of this kind, as a
	 * format for the subject's description, such as
	 * {@code the database schema of %s does not match its entities}.
	 * @return the format
	 */
	public String mismatch() {
		return this.mismatch;
	}

	/**
	 * Return what to do when a subject of this kind has findings at WARNING or above.
	 * @return the advice
	 */
	public String advice() {
		return this.advice;
	}

	/**
	 * Return whether a clean check of a subject of this kind is worth a log line. The
	 * application's settings are not: the production policy judges them, and logs what
	 * matters, before any bean exists.
	 * @return {@code true} when a clean check is logged
	 */
	public boolean loggedWhenClean() {
		return this.loggedWhenClean;
	}

	/**
	 * Return the kind as metrics and JSON write it, such as {@code persistence_unit}.
	 * @return the lower-case name
	 */
	public String value() {
		return name().toLowerCase(Locale.ROOT);
	}

}

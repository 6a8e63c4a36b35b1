package dev.startupguard.migration.lint;

import java.util.List;

import dev.startupguard.report.FixRisk;

/**
 * A lint rule: a stable id, the level a statement that breaks it gets, and the rules of
 * the established migration linters (squawk, strong_migrations, Atlas) it covers.
 *
 * @author Startup Guard contributors
 * @since 0.1.0
 */
public enum LintRule {

	/**
	 * Drops a table that existed before the script.
	 */
	DROP_TABLE("drop-table", FixRisk.DESTRUCTIVE, "squawk ban-drop-table", "Atlas DS102"),

	/**
	 * Drops a column of a table that existed before the script.
	 */
	DROP_COLUMN("drop-column", FixRisk.DESTRUCTIVE, "squawk ban-drop-column", "strong_migrations remove_column",
			"Atlas DS103"),

	/**
	 * Drops a schema.
	 */
	DROP_SCHEMA("drop-schema", FixRisk.DESTRUCTIVE, "Atlas DS101"),

	/**
	 * Drops a database.
	 */
	DROP_DATABASE("drop-database", FixRisk.DESTRUCTIVE, "squawk ban-drop-database"),

	/**
	 * Empties a table that existed before the script.
	 */
	TRUNCATE("truncate", FixRisk.DESTRUCTIVE, "squawk ban-truncate-cascade"),

	/**
	 * Deletes every row of a table that existed before the script.
	 */
	DELETE_WITHOUT_WHERE("delete-without-where", FixRisk.RISKY),

	/**
	 * Updates every row of a table that existed before the script.
	 */
	UPDATE_WITHOUT_WHERE("update-without-where", FixRisk.RISKY),

	/**
	 * Adds a NOT NULL column without a default to an existing table.
	 */
	ADD_NOT_NULL_COLUMN("add-not-null-column", FixRisk.RISKY, "squawk adding-required-field",
			"squawk adding-not-nullable-field", "Atlas MF103"),

	/**
	 * Adds a column whose default PostgreSQL must compute row by row, rewriting the
	 * table.
	 */
	ADD_COLUMN_VOLATILE_DEFAULT("add-column-volatile-default", FixRisk.RISKY, "squawk adding-field-with-default",
			"strong_migrations add_column with a volatile default"),

	/**
	 * Makes an existing column NOT NULL.
	 */
	SET_NOT_NULL("set-not-null", FixRisk.RISKY, "squawk adding-not-nullable-field",
			"strong_migrations change_column_null", "Atlas MF104"),

	/**
	 * Changes the type of an existing column.
	 */
	CHANGE_COLUMN_TYPE("change-column-type", FixRisk.RISKY, "squawk changing-column-type",
			"strong_migrations change_column"),

	/**
	 * Renames a column the running code still uses.
	 */
	RENAME_COLUMN("rename-column", FixRisk.RISKY, "squawk renaming-column", "strong_migrations rename_column",
			"Atlas BC102"),

	/**
	 * Renames a table the running code still uses.
	 */
	RENAME_TABLE("rename-table", FixRisk.RISKY, "squawk renaming-table", "strong_migrations rename_table",
			"Atlas BC101"),

	/**
	 * Builds an index on PostgreSQL while blocking writes to the table.
	 */
	CREATE_INDEX_NON_CONCURRENTLY("create-index-non-concurrently", FixRisk.RISKY,
			"squawk require-concurrent-index-creation", "strong_migrations add_index non-concurrently"),

	/**
	 * Drops an index on PostgreSQL while blocking reads and writes of the table.
	 */
	DROP_INDEX_NON_CONCURRENTLY("drop-index-non-concurrently", FixRisk.RISKY,
			"squawk require-concurrent-index-deletion", "strong_migrations remove_index non-concurrently"),

	/**
	 * Adds a unique constraint, unique index or primary key to an existing table.
	 */
	ADD_UNIQUE_CONSTRAINT("add-unique-constraint", FixRisk.RISKY, "squawk disallowed-unique-constraint",
			"strong_migrations add unique constraint", "Atlas MF101", "Atlas MF102"),

	/**
	 * Adds a foreign key to an existing table and checks every row at once.
	 */
	ADD_FOREIGN_KEY("add-foreign-key", FixRisk.RISKY, "squawk adding-foreign-key-constraint",
			"strong_migrations add_foreign_key"),

	/**
	 * Adds a check constraint to an existing table and checks every row at once.
	 */
	ADD_CHECK_CONSTRAINT("add-check-constraint", FixRisk.RISKY, "squawk constraint-missing-not-valid",
			"strong_migrations add_check_constraint"),

	/**
	 * Drops a constraint: a guarantee the data had is gone.
	 */
	DROP_CONSTRAINT("drop-constraint", FixRisk.RISKY, "Atlas CD101"),

	/**
	 * Asks MySQL or MariaDB to copy the table or to lock it.
	 */
	MYSQL_TABLE_COPY("mysql-table-copy", FixRisk.RISKY, "strong_migrations MySQL COPY algorithm and locking",
			"Atlas MY101"),

	/**
	 * Advice: a PostgreSQL {@code char(n)} column.
	 */
	CHAR_COLUMN("char-column", FixRisk.SAFE, "squawk ban-char-field"),

	/**
	 * Advice: a PostgreSQL {@code timestamp} column without a time zone.
	 */
	TIMESTAMP_WITHOUT_TIME_ZONE("timestamp-without-time-zone", FixRisk.SAFE, "squawk prefer-timestamptz");

	private final String id;

	private final FixRisk risk;

	private final List<String> covers;

	LintRule(String id, FixRisk risk, String... covers) {
		this.id = id;
		this.risk = risk;
		this.covers = List.of(covers);
	}

	/**
	 * Return the rule's stable id, as the documentation lists it.
	 * @return the id, such as {@code drop-column}
	 */
	public String id() {
		return this.id;
	}

	/**
	 * Return the level of a statement that breaks the rule; {@link FixRisk#SAFE} for
	 * advice.
	 * @return the level
	 */
	public FixRisk risk() {
		return this.risk;
	}

	/**
	 * Return the rules of squawk, strong_migrations and Atlas this rule covers.
	 * @return the linter and rule names
	 */
	public List<String> covers() {
		return this.covers;
	}

}

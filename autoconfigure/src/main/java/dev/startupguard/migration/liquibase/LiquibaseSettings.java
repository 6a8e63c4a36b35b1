package dev.startupguard.migration.liquibase;

import java.util.Map;
import java.util.Objects;
import java.util.function.Supplier;

import javax.sql.DataSource;

import liquibase.resource.ResourceAccessor;
import org.jspecify.annotations.Nullable;

/**
 * What the guard needs to read a changelog as an application's Liquibase runs it: the
 * changelog, where its resources are, the database, the contexts and labels that select
 * changesets, the changelog parameters, and the schemas and names of Liquibase's tables.
 *
 * @param changeLog the changelog's path, as the application's Liquibase is given it
 * @param resources opens the accessor the changelog and its includes are read through
 * @param dataSource the database the changelog is applied to
 * @param contexts the contexts, {@code null} for none
 * @param labelFilter the label expression, {@code null} for none
 * @param defaultSchema the schema the changesets apply to, {@code null} for the
 * connection's
 * @param liquibaseSchema the schema of Liquibase's tables, {@code null} for the default
 * @param changeLogTable the name of the changelog table, {@code null} for
 * {@code DATABASECHANGELOG}
 * @param lockTable the name of the lock table, {@code null} for
 * {@code DATABASECHANGELOGLOCK}
 * @param parameters the changelog parameters
 * @param tag the tag an update at startup stops at, {@code null} to apply every changeset
 * @author Startup Guard contributors
 * @since 0.1.0
 */
public record LiquibaseSettings(String changeLog, Supplier<ResourceAccessor> resources, DataSource dataSource,
		@Nullable String contexts, @Nullable String labelFilter, @Nullable String defaultSchema,
		@Nullable String liquibaseSchema, @Nullable String changeLogTable, @Nullable String lockTable,
		Map<String, String> parameters, @Nullable String tag) {

	/**
	 * The changelog table's name when none is set.
	 */
	public static final String DEFAULT_CHANGE_LOG_TABLE = "DATABASECHANGELOG";

	/**
	 * The lock table's name when none is set.
	 */
	public static final String DEFAULT_LOCK_TABLE = "DATABASECHANGELOGLOCK";

	public LiquibaseSettings {
		parameters = Map.copyOf(parameters);
	}

	/**
	 * Return the name of the changelog table.
	 * @return the name
	 */
	public String changeLogTableName() {
		return nonBlank(this.changeLogTable, DEFAULT_CHANGE_LOG_TABLE);
	}

	/**
	 * Return the name of the lock table.
	 * @return the name
	 */
	public String lockTableName() {
		return nonBlank(this.lockTable, DEFAULT_LOCK_TABLE);
	}

	static String nonBlank(@Nullable String value, String otherwise) {
		return (value != null && !value.isBlank()) ? value : Objects.requireNonNull(otherwise);
	}

}

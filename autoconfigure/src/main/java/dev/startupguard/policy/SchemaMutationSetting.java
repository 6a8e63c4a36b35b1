package dev.startupguard.policy;

import java.util.Locale;

import org.jspecify.annotations.Nullable;

import org.springframework.boot.convert.ApplicationConversionService;

/**
 * Catalogue of the settings that let an application change its database schema at
 * startup: for each, the property, which values change the schema, what they do, and the
 * value to use instead.
 *
 * @author Startup Guard contributors
 * @since 0.1.0
 */
public enum SchemaMutationSetting {

	/**
	 * Spring Boot's shortcut for Hibernate's {@code hibernate.hbm2ddl.auto}.
	 */
	DDL_AUTO("spring.jpa.hibernate.ddl-auto", Values.HBM2DDL, "validate"),

	/**
	 * {@code spring.jpa.hibernate.ddl-auto} left unset where Spring Boot's default
	 * applies: {@code create-drop} on an embedded database that neither Flyway nor
	 * Liquibase manages.
	 */
	DEFAULT_DDL_AUTO("spring.jpa.hibernate.ddl-auto", Values.HBM2DDL, "validate"),

	/**
	 * Hibernate's {@code hibernate.hbm2ddl.auto} passed through
	 * {@code spring.jpa.properties}; wins over {@code spring.jpa.hibernate.ddl-auto}.
	 */
	JPA_PROPERTIES_HBM2DDL_AUTO("spring.jpa.properties.hibernate.hbm2ddl.auto", Values.HBM2DDL, "validate"),

	/**
	 * The Jakarta Persistence database action passed through
	 * {@code spring.jpa.properties}; when set, Hibernate ignores
	 * {@code hibernate.hbm2ddl.auto}.
	 */
	JPA_PROPERTIES_DATABASE_ACTION("spring.jpa.properties.jakarta.persistence.schema-generation.database.action",
			Values.JPA, "none"),

	/**
	 * The database action under its old {@code javax} name, passed through
	 * {@code spring.jpa.properties}.
	 */
	JPA_PROPERTIES_JAVAX_DATABASE_ACTION("spring.jpa.properties.javax.persistence.schema-generation.database.action",
			Values.JPA, "none"),

	/**
	 * {@code hibernate.hbm2ddl.auto} as Hibernate reads it itself, from a JVM system
	 * property or a {@code hibernate.properties} file on the class path.
	 */
	HIBERNATE_HBM2DDL_AUTO("hibernate.hbm2ddl.auto", Values.HBM2DDL, "validate"),

	/**
	 * The Jakarta Persistence database action as Hibernate reads it itself, from a JVM
	 * system property or a {@code hibernate.properties} file on the class path.
	 */
	DATABASE_ACTION("jakarta.persistence.schema-generation.database.action", Values.JPA, "none"),

	/**
	 * The database action under its old {@code javax} name, as Hibernate reads it itself.
	 */
	JAVAX_DATABASE_ACTION("javax.persistence.schema-generation.database.action", Values.JPA, "none"),

	/**
	 * Spring's vendor-neutral switch, which becomes {@code hibernate.hbm2ddl.auto=update}
	 * wherever nothing else sets {@code hibernate.hbm2ddl.auto}.
	 */
	GENERATE_DDL("spring.jpa.generate-ddl", Values.TRUE_MUTATES, "false"),

	/**
	 * Spring Boot's switch that lets Flyway's {@code clean} run.
	 */
	FLYWAY_CLEAN_DISABLED("spring.flyway.clean-disabled", Values.FALSE_MUTATES, "true"),

	/**
	 * Spring Boot's switch that makes Liquibase drop the schema before it migrates.
	 */
	LIQUIBASE_DROP_FIRST("spring.liquibase.drop-first", Values.TRUE_MUTATES, "false"),

	/**
	 * Spring Boot's SQL initialization run on every start against a database that is not
	 * embedded, with schema scripts to run. Warned about, not refused: the scripts are
	 * the team's own, and Spring Boot only runs them against such a database when told
	 * to.
	 */
	SQL_INIT_SCHEMA_SCRIPTS("spring.sql.init.mode", Values.ALWAYS_MUTATES, "never");

	private final String property;

	private final Values values;

	private final String safeValue;

	SchemaMutationSetting(String property, Values values, String safeValue) {
		this.property = property;
		this.values = values;
		this.safeValue = safeValue;
	}

	/**
	 * Return the property that holds the setting.
	 * @return the property name
	 */
	public String property() {
		return this.property;
	}

	/**
	 * Return whether the setting refuses the start in production, rather than only being
	 * warned about.
	 * @return {@code true} if refused in production
	 */
	public boolean isRefusedInProduction() {
		return this != SQL_INIT_SCHEMA_SCRIPTS;
	}

	/**
	 * Return whether the given value of the setting changes the schema.
	 * @param value the value as Spring resolves it
	 * @return {@code true} if it changes the schema
	 */
	public boolean mutates(@Nullable String value) {
		return switch (this.values) {
			case HBM2DDL -> SchemaAction.ofHbm2ddl(value).mutates();
			case JPA -> SchemaAction.ofJpa(value).mutates();
			case TRUE_MUTATES -> Boolean.TRUE.equals(toBoolean(value));
			case FALSE_MUTATES -> Boolean.FALSE.equals(toBoolean(value));
			case ALWAYS_MUTATES -> value != null && "always".equals(value.trim().toLowerCase(Locale.ROOT));
		};
	}

	/**
	 * Return what the given value does, as the end of a sentence that starts with the
	 * setting.
	 * @param value the value as Spring resolves it
	 * @return the effect
	 */
	public String effect(@Nullable String value) {
		return switch (this) {
			case DDL_AUTO, DEFAULT_DDL_AUTO, JPA_PROPERTIES_HBM2DDL_AUTO, HIBERNATE_HBM2DDL_AUTO ->
				SchemaAction.ofHbm2ddl(value).effect();
			case JPA_PROPERTIES_DATABASE_ACTION, JPA_PROPERTIES_JAVAX_DATABASE_ACTION, DATABASE_ACTION,
					JAVAX_DATABASE_ACTION ->
				SchemaAction.ofJpa(value).effect();
			case GENERATE_DDL ->
				"becomes hibernate.hbm2ddl.auto=update, since nothing else sets it: " + SchemaAction.UPDATE.effect();
			case FLYWAY_CLEAN_DISABLED -> "lets Flyway's clean run, which drops every object in the schemas "
					+ "Flyway manages: one call from a migration strategy, a test helper or an operator's "
					+ "script empties the production database";
			case LIQUIBASE_DROP_FIRST -> "drops every object in the schema before Liquibase applies the "
					+ "changelog, at every start: every row is lost";
			case SQL_INIT_SCHEMA_SCRIPTS ->
				"runs the schema scripts against this database at every start, " + "outside any migration history";
		};
	}

	/**
	 * Return the line to use instead, for the given property that holds the setting
	 * (which may carry a suffix, such as a Hibernate contributor name).
	 * @param property the property that holds the setting
	 * @return the property line to use instead
	 */
	public String instead(String property) {
		return property + "=" + this.safeValue;
	}

	private static @Nullable Boolean toBoolean(@Nullable String value) {
		if (value == null) {
			return null;
		}
		try {
			return ApplicationConversionService.getSharedInstance().convert(value.trim(), Boolean.class);
		}
		catch (RuntimeException ex) {
			return null;
		}
	}

	private enum Values {

		HBM2DDL, JPA, TRUE_MUTATES, FALSE_MUTATES, ALWAYS_MUTATES

	}

}

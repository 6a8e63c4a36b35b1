package dev.startupguard.policy;

import org.jspecify.annotations.Nullable;

import org.springframework.util.ClassUtils;

/**
 * What the class path holds of the persistence machinery whose defaults the policy
 * mirrors: Spring Boot's JDBC and Hibernate auto-configuration, and the migration tools
 * whose presence turns Spring Boot's {@code create-drop} default off.
 *
 * @param jdbc whether Spring Boot's JDBC support ({@code spring-boot-jdbc}) is present
 * @param hibernateJpa whether Spring Boot's Hibernate auto-configuration and Hibernate
 * are present
 * @param flyway whether Spring Boot's Flyway auto-configuration and Flyway are present
 * @param liquibase whether Spring Boot's Liquibase auto-configuration and Liquibase are
 * present
 * @param classLoader the class loader to find embedded database drivers and resources
 * with
 * @author Startup Guard contributors
 */
record PersistenceClasspath(boolean jdbc, boolean hibernateJpa, boolean flyway, boolean liquibase,
		ClassLoader classLoader) {

	private static final String EMBEDDED_DATABASE_CONNECTION = "org.springframework.boot.jdbc.EmbeddedDatabaseConnection";

	private static final String[] HIBERNATE_JPA = {
			"org.springframework.boot.hibernate.autoconfigure.HibernateJpaAutoConfiguration",
			"org.hibernate.engine.spi.SessionImplementor", "jakarta.persistence.EntityManager" };

	private static final String[] FLYWAY = { "org.springframework.boot.flyway.autoconfigure.FlywayAutoConfiguration",
			"org.flywaydb.core.Flyway" };

	private static final String[] LIQUIBASE = {
			"org.springframework.boot.liquibase.autoconfigure.LiquibaseAutoConfiguration",
			"liquibase.integration.spring.SpringLiquibase" };

	/**
	 * Detect what the given class loader holds.
	 * @param classLoader the application's class loader, or {@code null} for the default
	 * @return what is present
	 */
	static PersistenceClasspath detect(@Nullable ClassLoader classLoader) {
		ClassLoader loader = (classLoader != null) ? classLoader : ClassUtils.getDefaultClassLoader();
		if (loader == null) {
			loader = PersistenceClasspath.class.getClassLoader();
		}
		boolean jdbc = ClassUtils.isPresent(EMBEDDED_DATABASE_CONNECTION, loader);
		return new PersistenceClasspath(jdbc, jdbc && allPresent(HIBERNATE_JPA, loader), allPresent(FLYWAY, loader),
				allPresent(LIQUIBASE, loader), loader);
	}

	private static boolean allPresent(String[] classNames, ClassLoader classLoader) {
		for (String className : classNames) {
			if (!ClassUtils.isPresent(className, classLoader)) {
				return false;
			}
		}
		return true;
	}

}

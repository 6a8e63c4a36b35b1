package dev.startupguard.test;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.autoconfigure.ImportAutoConfiguration;
import org.springframework.boot.test.autoconfigure.OverrideAutoConfiguration;
import org.springframework.boot.test.context.filter.annotation.TypeExcludeFilters;
import org.springframework.context.annotation.ComponentScan.Filter;
import org.springframework.core.annotation.AliasFor;
import org.springframework.test.context.BootstrapWith;
import org.springframework.test.context.junit.jupiter.SpringExtension;

import dev.startupguard.report.GuardReport;

/**
 * Annotation for a test that applies the application's own Flyway or Liquibase migrations
 * to a fresh database and checks that its JPA entities match the schema they build. A
 * test slice in the manner of {@code @DataJpaTest}: only the data source, JPA, Flyway or
 * Liquibase and Startup Guard are auto-configured, and none of the application's own
 * beans.
 * <p>
 * The slice never lets Hibernate or SQL scripts create the schema
 * ({@code spring.jpa.hibernate.ddl-auto=none}, {@code spring.sql.init.mode=never}): a
 * schema Hibernate built would hide the migration that is missing. The guard reports
 * instead of refusing the start, and its check has ended before the first test method
 * runs; a test method takes the report as a {@link GuardReport} parameter and judges it
 * with {@link StartupGuardAssertions}.
 * <p>
 * The database is a scratch one created for the test context on the server that
 * {@link #databaseUrl()} (or the {@code startup-guard.test.database-url} property) names,
 * and dropped when the context closes. Without either, the context's own data source is
 * used, such as a Testcontainers container declared with {@code @ServiceConnection}. An
 * embedded database fails the test unless {@link #allowEmbedded()} is set.
 * <p>
 * With both Flyway and Liquibase on the test classpath, exclude the auto-configuration of
 * the tool the application does not use, with {@link #excludeAutoConfiguration()}.
 *
 * @author Startup Guard contributors
 * @since 0.1.0
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@Inherited
@BootstrapWith(MigratedSchemaTestContextBootstrapper.class)
@ExtendWith({ SpringExtension.class, GuardReportParameterResolver.class })
@OverrideAutoConfiguration(enabled = false)
@TypeExcludeFilters(MigratedSchemaTypeExcludeFilter.class)
@ImportAutoConfiguration
public @interface MigratedSchemaTest {

	/**
	 * JDBC URL of a PostgreSQL, MariaDB or MySQL server on which to create the scratch
	 * database, with a user that may create and drop databases, such as
	 * {@code jdbc:postgresql://localhost:5432/postgres?user=postgres}. Placeholders are
	 * resolved against the test's environment, so
	 * {@code ${DATABASE_ADMIN_URL:jdbc:postgresql://localhost:5432/postgres?user=postgres}}
	 * takes an environment variable where one is set. Empty means the
	 * {@code startup-guard.test.database-url} property, and without it the context's own
	 * data source.
	 * @return the administrative URL, or empty
	 */
	String databaseUrl() default "";

	/**
	 * Whether an embedded database such as H2 may stand in for the production database.
	 * Dialect differences can hide drift there, so a warning is logged and added to every
	 * assertion failure.
	 * @return whether an embedded database is allowed
	 */
	boolean allowEmbedded() default false;

	/**
	 * Whether to write a snapshot of the schema the migrations built, once they have run,
	 * into the build output ({@code META-INF/startup-guard/schema-snapshot.json} under
	 * {@link #snapshotDirectory()}), so that the application's jar carries it and the
	 * guard reports, at run time, what changed outside the migrations. Needs exactly one
	 * Flyway or Liquibase bean.
	 * @return whether to write the snapshot
	 */
	boolean writeSnapshot() default false;

	/**
	 * The folder whose contents are packaged with the application, into which
	 * {@link #writeSnapshot()} writes. Empty means {@code target/classes} in a Maven
	 * project and {@code build/resources/main} in a Gradle one.
	 * @return the folder, relative to the working directory, or empty
	 */
	String snapshotDirectory() default "";

	/**
	 * Properties in form {@literal key=value} that should be added to the Spring
	 * {@code Environment} before the test runs, such as
	 * {@code spring.flyway.locations=classpath:db/migration}.
	 * @return the properties to add
	 */
	String[] properties() default {};

	/**
	 * Whether default filtering should be used with {@code @SpringBootApplication}. By
	 * default no bean of the application's own is included.
	 * @return whether default filters should be used
	 */
	boolean useDefaultFilters() default true;

	/**
	 * Include filters that add otherwise filtered beans to the context, such as a Flyway
	 * callback the migrations need.
	 * @return include filters to apply
	 */
	Filter[] includeFilters() default {};

	/**
	 * Exclude filters that remove beans that would otherwise be added to the context.
	 * @return exclude filters to apply
	 */
	Filter[] excludeFilters() default {};

	/**
	 * Auto-configuration exclusions for this test, such as
	 * {@code LiquibaseAutoConfiguration} in an application that migrates with Flyway but
	 * has Liquibase on its test classpath too.
	 * @return auto-configuration exclusions to apply
	 */
	@AliasFor(annotation = ImportAutoConfiguration.class, attribute = "exclude")
	Class<?>[] excludeAutoConfiguration() default {};

}

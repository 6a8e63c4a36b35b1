package dev.startupguard.autoconfigure;

import javax.sql.DataSource;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnSingleCandidate;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;
import org.springframework.core.io.ResourceLoader;

import dev.startupguard.migration.flyway.FlywayMigrationCheck;
import dev.startupguard.snapshot.SchemaSnapshotSource;
import dev.startupguard.startup.DestructiveMigrationPolicy;
import dev.startupguard.startup.FlywayCheckStarter;
import dev.startupguard.startup.MigrationTables;
import dev.startupguard.startup.SubjectChecks;

/**
 * Auto-configuration of Startup Guard for Flyway: the migrations of every Flyway bean as
 * a migration tool subject, the lint of their pending scripts, and the refusal of
 * unacknowledged destructive statements in production. Where Flyway does not migrate at
 * startup ({@code spring.flyway.enabled=false}), the guard reads the migrations that
 * {@code spring.flyway.*} describe through a Flyway of its own.
 *
 * @author Startup Guard contributors
 * @since 0.1.0
 */
@AutoConfiguration(after = StartupGuardAutoConfiguration.class,
		afterName = "org.springframework.boot.flyway.autoconfigure.FlywayAutoConfiguration")
@ConditionalOnClass(name = { "org.flywaydb.core.Flyway",
		"org.springframework.boot.flyway.autoconfigure.FlywayMigrationInitializer" })
@ConditionalOnBean(SubjectChecks.class)
public final class StartupGuardFlywayAutoConfiguration {

	@Bean
	static FlywayCheckStarter startupGuardFlywayCheckStarter(ObjectProvider<SubjectChecks> checks,
			ObjectProvider<MigrationTables> migrationTables, ObjectProvider<DestructiveMigrationPolicy> policy,
			ObjectProvider<SchemaSnapshotSource> snapshot) {
		return new FlywayCheckStarter(checks, migrationTables, policy, snapshot);
	}

	/**
	 * Reads the migrations of an application that does not let Flyway migrate at startup,
	 * the workflow that runs migrations as a step of its own before the deploy.
	 */
	@Configuration(proxyBeanMethods = false)
	@ConditionalOnBooleanProperty(name = "spring.flyway.enabled", havingValue = false)
	@ConditionalOnClass(name = "org.springframework.boot.flyway.autoconfigure.FlywayProperties")
	@ConditionalOnSingleCandidate(DataSource.class)
	static class ReadOnlyFlywayConfiguration {

		@Bean
		@ConditionalOnMissingBean(type = "org.flywaydb.core.Flyway")
		FlywayMigrationCheck startupGuardFlywayMigrationCheck(SubjectChecks checks, Environment environment,
				ResourceLoader resourceLoader, DataSource dataSource, ObjectProvider<SchemaSnapshotSource> snapshot) {
			FlywayMigrationCheck check = FlywayCheckStarter.comparing(new FlywayMigrationCheck("flyway",
					ReadOnlyFlyway.of(environment, dataSource, resourceLoader.getClassLoader())), snapshot);
			checks.startLater(check);
			return check;
		}

	}

}

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
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;
import org.springframework.core.io.ResourceLoader;

import dev.startupguard.migration.liquibase.LiquibaseMigrationCheck;
import dev.startupguard.snapshot.SchemaSnapshotSource;
import dev.startupguard.startup.DestructiveMigrationPolicy;
import dev.startupguard.startup.LiquibaseCheckStarter;
import dev.startupguard.startup.MigrationTables;
import dev.startupguard.startup.SubjectChecks;

/**
 * Auto-configuration of Startup Guard for Liquibase: the changelog of every
 * {@code SpringLiquibase} bean (Spring Boot's or the application's own) as a migration
 * tool subject, the lint of the SQL its pending changesets generate, and the refusal of
 * unacknowledged destructive statements in production. Where Liquibase does not run at
 * startup and no Liquibase bean exists ({@code spring.liquibase.enabled=false}), the
 * guard reads the changelog that {@code spring.liquibase.*} describes.
 *
 * @author Startup Guard contributors
 * @since 0.1.0
 */
@AutoConfiguration(after = StartupGuardAutoConfiguration.class,
		afterName = "org.springframework.boot.liquibase.autoconfigure.LiquibaseAutoConfiguration")
@ConditionalOnClass(name = "liquibase.integration.spring.SpringLiquibase")
@ConditionalOnBean(SubjectChecks.class)
public final class StartupGuardLiquibaseAutoConfiguration {

	@Bean
	static LiquibaseCheckStarter startupGuardLiquibaseCheckStarter(ObjectProvider<SubjectChecks> checks,
			ObjectProvider<MigrationTables> migrationTables, ObjectProvider<DestructiveMigrationPolicy> policy,
			ObjectProvider<SchemaSnapshotSource> snapshot) {
		return new LiquibaseCheckStarter(checks, migrationTables, policy, snapshot);
	}

	/**
	 * Reads the changelog of an application that does not let Liquibase run at startup,
	 * the workflow that runs migrations as a step of its own before the deploy.
	 */
	@Configuration(proxyBeanMethods = false)
	@ConditionalOnBooleanProperty(name = "spring.liquibase.enabled", havingValue = false)
	@ConditionalOnClass(name = "org.springframework.boot.liquibase.autoconfigure.LiquibaseProperties")
	@ConditionalOnSingleCandidate(DataSource.class)
	@Conditional(ChangeLogCondition.class)
	static class ReadOnlyLiquibaseConfiguration {

		@Bean
		@ConditionalOnMissingBean(type = "liquibase.integration.spring.SpringLiquibase")
		LiquibaseMigrationCheck startupGuardLiquibaseMigrationCheck(SubjectChecks checks, Environment environment,
				ResourceLoader resourceLoader, DataSource dataSource, ObjectProvider<MigrationTables> migrationTables,
				ObjectProvider<SchemaSnapshotSource> snapshot) {
			LiquibaseMigrationCheck check = LiquibaseCheckStarter.comparing(new LiquibaseMigrationCheck("liquibase",
					ReadOnlyLiquibase.of(environment, dataSource, resourceLoader), resourceLoader.getClassLoader()),
					snapshot);
			migrationTables.ifAvailable((tables) -> check.tables().forEach(tables::add));
			checks.startLater(check);
			return check;
		}

	}

}

package dev.startupguard.autoconfigure;

import java.util.List;

import javax.sql.DataSource;

import liquibase.integration.spring.SpringLiquibase;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.Test;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.test.context.FilteredClassLoader;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

import dev.startupguard.migration.liquibase.LiquibaseMigrationCheck;
import dev.startupguard.startup.DestructiveMigrationPolicy;
import dev.startupguard.startup.LiquibaseCheckStarter;
import dev.startupguard.startup.MigrationTables;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Tests for {@link StartupGuardLiquibaseAutoConfiguration}.
 */
class StartupGuardLiquibaseAutoConfigurationTests {

	private final ApplicationContextRunner contextRunner = new ApplicationContextRunner()
		.withConfiguration(AutoConfigurations.of(StartupGuardAutoConfiguration.class,
				StartupGuardLiquibaseAutoConfiguration.class))
		.withBean(DataSource.class, () -> {
			JdbcDataSource dataSource = new JdbcDataSource();
			dataSource.setURL("jdbc:h2:mem:liquibaseautoconfiguration");
			return dataSource;
		});

	@Test
	void runShouldHaveStarterAndPolicyWithoutFlyway() {
		this.contextRunner.withClassLoader(new FilteredClassLoader("org.flywaydb."))
			.withPropertyValues("startup-guard.production=true",
					"startup-guard.migrations.acknowledged-destructive=drop-note")
			.run((context) -> {
				assertThat(context).hasSingleBean(LiquibaseCheckStarter.class)
					.doesNotHaveBean(LiquibaseMigrationCheck.class);
				assertThat(context.getBean(DestructiveMigrationPolicy.class))
					.isEqualTo(new DestructiveMigrationPolicy(true, List.of("drop-note")));
			});
	}

	@Test
	void runWithLiquibaseDisabledShouldReadTheChangelogSpringLiquibaseNames() {
		this.contextRunner
			.withPropertyValues("spring.liquibase.enabled=false", "spring.liquibase.change-log=classpath:db/shop.xml",
					"spring.liquibase.database-change-log-table=shop_log",
					"spring.liquibase.database-change-log-lock-table=shop_lock")
			.run((context) -> {
				assertThat(context).hasSingleBean(LiquibaseMigrationCheck.class).doesNotHaveBean(SpringLiquibase.class);
				assertThat(context.getBean(LiquibaseMigrationCheck.class).tables()).containsExactly("shop_log",
						"shop_lock");
				assertThat(context.getBean(MigrationTables.class).names()).contains("shop_log", "shop_lock");
			});
	}

	@Test
	void runWithLiquibaseDisabledAndNoChangelogChecksNothing() {
		this.contextRunner.withPropertyValues("spring.liquibase.enabled=false")
			.run((context) -> assertThat(context).hasSingleBean(LiquibaseCheckStarter.class)
				.doesNotHaveBean(LiquibaseMigrationCheck.class));
	}

	@Test
	void backsOffWithoutLiquibase() {
		this.contextRunner.withClassLoader(new FilteredClassLoader(SpringLiquibase.class))
			.run((context) -> assertThat(context).doesNotHaveBean(LiquibaseCheckStarter.class));
	}

	@Test
	void backsOffWhenDisabled() {
		this.contextRunner.withPropertyValues("startup-guard.enabled=false")
			.run((context) -> assertThat(context).doesNotHaveBean(LiquibaseCheckStarter.class));
	}

}

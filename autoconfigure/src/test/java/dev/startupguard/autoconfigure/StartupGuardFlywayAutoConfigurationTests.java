package dev.startupguard.autoconfigure;

import javax.sql.DataSource;

import org.flywaydb.core.Flyway;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.Test;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.flyway.autoconfigure.FlywayMigrationInitializer;
import org.springframework.boot.test.context.FilteredClassLoader;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

import dev.startupguard.migration.flyway.FlywayMigrationCheck;
import dev.startupguard.startup.DestructiveMigrationPolicy;
import dev.startupguard.startup.FlywayCheckStarter;
import dev.startupguard.startup.MigrationTables;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Tests for {@link StartupGuardFlywayAutoConfiguration}.
 */
class StartupGuardFlywayAutoConfigurationTests {

	private final ApplicationContextRunner contextRunner = new ApplicationContextRunner()
		.withConfiguration(
				AutoConfigurations.of(StartupGuardAutoConfiguration.class, StartupGuardFlywayAutoConfiguration.class))
		.withBean(DataSource.class, () -> {
			JdbcDataSource dataSource = new JdbcDataSource();
			dataSource.setURL("jdbc:h2:mem:flywayautoconfiguration");
			return dataSource;
		});

	@Test
	void runShouldHaveStarterAndPolicy() {
		this.contextRunner.run((context) -> assertThat(context).hasSingleBean(FlywayCheckStarter.class)
			.hasSingleBean(MigrationTables.class)
			.hasSingleBean(DestructiveMigrationPolicy.class)
			.doesNotHaveBean(FlywayMigrationCheck.class)
			.doesNotHaveBean(Flyway.class));
	}

	@Test
	void policyIsProductionsWithTheAcknowledgedVersions() {
		this.contextRunner
			.withPropertyValues("startup-guard.production=true",
					"startup-guard.migrations.acknowledged-destructive=7,8.1")
			.run((context) -> assertThat(context.getBean(DestructiveMigrationPolicy.class))
				.isEqualTo(new DestructiveMigrationPolicy(true, java.util.List.of("7", "8.1"))));
	}

	@Test
	void runWithFlywayDisabledShouldReadTheMigrationsWithoutAFlywayBean() {
		this.contextRunner.withPropertyValues("spring.flyway.enabled=false", "spring.flyway.table=shop_history")
			.run((context) -> {
				assertThat(context).hasSingleBean(FlywayMigrationCheck.class).doesNotHaveBean(Flyway.class);
				assertThat(context.getBean(FlywayMigrationCheck.class).historyTable()).isEqualTo("shop_history");
				assertThat(context.getBean(MigrationTables.class).names()).containsExactly("shop_history");
			});
	}

	@Test
	void runWithoutJpaShouldStillCheckTheMigrations() {
		this.contextRunner.withClassLoader(new FilteredClassLoader("jakarta.persistence.", "org.hibernate."))
			.withPropertyValues("spring.flyway.enabled=false")
			.run((context) -> assertThat(context).hasSingleBean(FlywayCheckStarter.class)
				.hasSingleBean(FlywayMigrationCheck.class));
	}

	@Test
	void backsOffWithoutFlyway() {
		this.contextRunner.withClassLoader(new FilteredClassLoader(Flyway.class))
			.run((context) -> assertThat(context).doesNotHaveBean(FlywayCheckStarter.class));
	}

	@Test
	void backsOffWithoutSpringBootFlyway() {
		this.contextRunner.withClassLoader(new FilteredClassLoader(FlywayMigrationInitializer.class))
			.run((context) -> assertThat(context).doesNotHaveBean(FlywayCheckStarter.class));
	}

	@Test
	void backsOffWhenDisabled() {
		this.contextRunner.withPropertyValues("startup-guard.enabled=false")
			.run((context) -> assertThat(context).doesNotHaveBean(FlywayCheckStarter.class));
	}

}

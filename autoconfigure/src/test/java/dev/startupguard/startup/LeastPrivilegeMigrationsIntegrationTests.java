package dev.startupguard.startup;

import java.io.IOException;
import java.util.List;
import java.util.function.Function;

import org.junit.jupiter.api.Test;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

import dev.startupguard.report.Finding;
import dev.startupguard.report.GuardReports;
import dev.startupguard.report.SubjectReport;
import dev.startupguard.startup.app.GuardedApplication;
import dev.startupguard.testdb.FlywayDatabaseTests;
import dev.startupguard.testdb.LeastPrivilegeUser;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The migrations and the drift of an application that runs with the least privilege
 * production should give it (and Flyway not migrating at startup, as such an application
 * cannot): the same findings as the owner of the schema gets, and no check error. Run on
 * every database by a subclass.
 */
abstract class LeastPrivilegeMigrationsIntegrationTests extends FlywayDatabaseTests {

	/**
	 * Create the least-privilege user the application runs as.
	 * @return the user
	 */
	abstract LeastPrivilegeUser user();

	@Test
	void leastPrivilegeUserGetsTheOwnersMigrationAndDriftFindings() throws IOException {
		script("V1__create_customer.sql", FlywayStartupIntegrationTests.CUSTOMER);
		script("V2__add_loyalty_tier.sql", FlywayStartupIntegrationTests.LOYALTY_TIER);
		flyway((configuration) -> configuration.target("1")).migrate();
		List<String> owners;
		List<String> ownersDrift;
		try (ConfigurableApplicationContext context = run(this.database.url())) {
			owners = describe(FlywayStartupIntegrationTests.migrations(context, "flyway"));
			ownersDrift = describe(GuardReports.unit(context, "default"));
		}
		assertThat(owners).singleElement()
			.asString()
			.startsWith("MIGRATION_PENDING flyway_schema_history null Migration 2");
		assertThat(ownersDrift).singleElement().asString().startsWith("MISSING_COLUMN customer loyalty_tier");
		try (LeastPrivilegeUser user = user(); ConfigurableApplicationContext context = run(user.url())) {
			assertThat(describe(FlywayStartupIntegrationTests.migrations(context, "flyway"))).isEqualTo(owners);
			assertThat(describe(GuardReports.unit(context, "default"))).isEqualTo(ownersDrift);
		}
	}

	private static List<String> describe(SubjectReport report) {
		Function<Finding, String> line = (finding) -> finding.kind() + " " + finding.table() + " " + finding.column()
				+ " " + finding.message();
		return report.findings().stream().map(line).toList();
	}

	private ConfigurableApplicationContext run(String url) {
		return new SpringApplicationBuilder(GuardedApplication.class).web(WebApplicationType.NONE)
			.run("--spring.autoconfigure.exclude=org.springframework.boot.liquibase.autoconfigure.LiquibaseAutoConfiguration",
					"--spring.flyway.enabled=false", "--spring.flyway.locations=filesystem:" + this.scripts,
					"--spring.jpa.hibernate.ddl-auto=none", "--spring.datasource.url=" + url,
					"--spring.jpa.open-in-view=false", "--spring.main.banner-mode=off", "--spring.sql.init.mode=never",
					"--startup-guard.on-drift=warn");
	}

}

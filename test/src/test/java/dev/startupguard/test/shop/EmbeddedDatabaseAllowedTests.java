package dev.startupguard.test.shop;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.liquibase.autoconfigure.LiquibaseAutoConfiguration;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

import dev.startupguard.report.GuardReport;
import dev.startupguard.report.Severity;
import dev.startupguard.test.MigratedSchemaTest;

import static dev.startupguard.test.StartupGuardAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * H2, allowed explicitly: the migrations run on it and are checked, with a warning in the
 * log and in every assertion failure that dialect differences can hide drift.
 */
@ExtendWith(OutputCaptureExtension.class)
@MigratedSchemaTest(allowEmbedded = true, properties = TestServers.FLYWAY_WITHOUT_V2,
		excludeAutoConfiguration = LiquibaseAutoConfiguration.class)
class EmbeddedDatabaseAllowedTests {

	@Test
	void migrationsAreCheckedOnTheEmbeddedDatabaseWithTheDialectWarning(GuardReport report) {
		assertThatExceptionOfType(AssertionError.class)
			.isThrownBy(() -> assertThat(report).hasNoFindingsAtOrAbove(Severity.WARNING))
			.withMessageContaining("against H2")
			.withMessageContaining("ERROR MISSING_COLUMN")
			.withMessageContaining("dialect differences");
	}

	@Test
	void startLogsTheDialectWarning(CapturedOutput output) {
		assertThat(output).contains("@MigratedSchemaTest checks the migrations on the embedded database")
			.contains("dialect differences");
	}

}

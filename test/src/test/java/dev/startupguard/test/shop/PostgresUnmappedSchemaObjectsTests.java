package dev.startupguard.test.shop;

import org.junit.jupiter.api.Test;
import org.springframework.boot.liquibase.autoconfigure.LiquibaseAutoConfiguration;

import dev.startupguard.report.FindingKind;
import dev.startupguard.report.GuardReport;
import dev.startupguard.report.Severity;
import dev.startupguard.test.MigratedSchemaTest;

import static dev.startupguard.test.StartupGuardAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * The reverse direction: a migration creates a table and a column that no entity maps.
 * Both are INFO, so the entities still work, and a test that asks for no finding at all
 * sees them.
 */
@MigratedSchemaTest(databaseUrl = TestServers.POSTGRES,
		properties = TestServers.FLYWAY_COMPLETE + ",classpath:db/shop/flyway-extra",
		excludeAutoConfiguration = LiquibaseAutoConfiguration.class)
class PostgresUnmappedSchemaObjectsTests {

	@Test
	void unmappedTableAndColumnAreInfo(GuardReport report) {
		assertThat(report).hasNoFindingsAtOrAbove(Severity.WARNING)
			.hasFinding(FindingKind.UNMAPPED_TABLE, "audit_note", null)
			.hasFinding(FindingKind.UNMAPPED_COLUMN, "customer", "nickname");
	}

	@Test
	void stricterTestFailsOnWhatNoEntityMaps(GuardReport report) {
		assertThatExceptionOfType(AssertionError.class).isThrownBy(() -> assertThat(report).hasNoFindings())
			.withMessageContaining("INFO UNMAPPED_TABLE: Table audit_note is not mapped by any entity")
			.withMessageContaining("Fix (DESTRUCTIVE): DROP TABLE audit_note")
			.withMessageContaining("INFO UNMAPPED_COLUMN: Column customer.nickname is mapped by no entity")
			.withMessageContaining("Fix (DESTRUCTIVE): ALTER TABLE customer DROP COLUMN nickname")
			.withMessageContaining("Startup Guard check failed: 2 finding(s) at or above INFO.");
	}

}

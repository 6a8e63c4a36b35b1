package dev.startupguard.examples.library;

import org.junit.jupiter.api.Test;

import dev.startupguard.report.GuardReport;
import dev.startupguard.report.Severity;
import dev.startupguard.test.MigratedSchemaTest;

import static dev.startupguard.test.StartupGuardAssertions.assertThat;

/**
 * The library's changelog, applied by its own Liquibase configuration to a fresh database
 * on the PostgreSQL server production runs, builds what the entities expect. The test
 * also writes the snapshot of that schema into the build output, so that the jar's guard
 * reports what is later changed outside the changelog.
 */
@MigratedSchemaTest(databaseUrl = LibrarySchemaTests.POSTGRES, writeSnapshot = true)
class LibrarySchemaTests {

	/**
	 * The PostgreSQL server on which the test creates its scratch database.
	 */
	static final String POSTGRES = "${STARTUP_GUARD_TEST_POSTGRES_URL:jdbc:postgresql://127.0.0.1:5432/test?user=postgres}";

	@Test
	void entitiesMatchWhatTheChangelogBuilds(GuardReport report) {
		assertThat(report).hasNoFindingsAtOrAbove(Severity.WARNING);
	}

}

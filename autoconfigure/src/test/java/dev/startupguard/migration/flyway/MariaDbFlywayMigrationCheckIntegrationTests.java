package dev.startupguard.migration.flyway;

import org.junit.jupiter.api.Test;

import dev.startupguard.report.FindingKind;
import dev.startupguard.report.Severity;
import dev.startupguard.testdb.TestDatabase;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatException;

/**
 * The check of a Flyway bean on a real MariaDB, whose DDL commits at once.
 */
class MariaDbFlywayMigrationCheckIntegrationTests extends FlywayMigrationCheckIntegrationTests {

	@Override
	protected TestDatabase createDatabase() {
		return TestDatabase.mariadb("flywaystate");
	}

	@Override
	String unreachableUrl() {
		return "jdbc:mariadb://127.0.0.1:1/nowhere?password=s3cret";
	}

	@Test
	void scriptFailingHalfWayIsAFailedMigrationThatSaysWhatStayedApplied() throws Exception {
		script("V1__create_customer.sql", CUSTOMER + ";");
		script("V2__split.sql", "CREATE TABLE customer_note (id bigint PRIMARY KEY);\nINSERT INTO missing VALUES (1);");
		assertThatException().isThrownBy(() -> flyway().migrate());
		// the first statement committed on its own: the script is half-applied
		assertThat(tables()).containsExactlyInAnyOrder("customer", "customer_note", "flyway_schema_history");
		assertThat(check(flyway()).findings().toList()).singleElement().satisfies((finding) -> {
			assertThat(finding.kind()).isEqualTo(FindingKind.MIGRATION_FAILED);
			assertThat(finding.severity()).isEqualTo(Severity.ERROR);
			assertThat(finding.message()).startsWith("Migration 2 (V2__split.sql) failed. MariaDB and MySQL commit"
					+ " each DDL statement at once, so the statements before the failing one stayed applied and the"
					+ " script is half-applied.");
		});
	}

}

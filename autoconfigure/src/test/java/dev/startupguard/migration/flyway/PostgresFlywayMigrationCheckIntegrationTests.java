package dev.startupguard.migration.flyway;

import org.junit.jupiter.api.Test;

import dev.startupguard.report.FindingKind;
import dev.startupguard.testdb.TestDatabase;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatException;

/**
 * The check of a Flyway bean on a real PostgreSQL.
 */
class PostgresFlywayMigrationCheckIntegrationTests extends FlywayMigrationCheckIntegrationTests {

	@Override
	protected TestDatabase createDatabase() {
		return TestDatabase.postgres("flywaystate");
	}

	@Override
	String unreachableUrl() {
		return "jdbc:postgresql://127.0.0.1:1/nowhere?password=s3cret";
	}

	@Test
	void failingScriptLeavesNothingAndNoFailedMigration() throws Exception {
		script("V1__create_customer.sql", CUSTOMER + ";");
		script("V2__split.sql", "CREATE TABLE customer_note (id bigint PRIMARY KEY);\nINSERT INTO missing VALUES (1);");
		assertThatException().isThrownBy(() -> flyway().migrate());
		// PostgreSQL rolled the whole script back, so Flyway recorded nothing: it is
		// pending
		assertThat(tables()).containsExactlyInAnyOrder("customer", "flyway_schema_history");
		assertThat(kinds(check(flyway()))).containsExactly(FindingKind.MIGRATION_PENDING);
	}

}

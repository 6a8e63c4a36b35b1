package dev.startupguard.migration.flyway;

import java.io.IOException;
import java.nio.file.Files;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;

import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.configuration.FluentConfiguration;
import org.junit.jupiter.api.Test;

import dev.startupguard.migration.MigrationsAtStart;
import dev.startupguard.migration.PendingMigration;
import dev.startupguard.report.Finding;
import dev.startupguard.report.FindingKind;
import dev.startupguard.report.FixRisk;
import dev.startupguard.report.Severity;
import dev.startupguard.report.SubjectKind;
import dev.startupguard.report.SubjectReport;
import dev.startupguard.testdb.FlywayDatabaseTests;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatException;

/**
 * The check of a Flyway bean on a real database, each migration state produced for real
 * by Flyway itself. Run on every database by a subclass.
 */
abstract class FlywayMigrationCheckIntegrationTests extends FlywayDatabaseTests {

	static final String CUSTOMER = "CREATE TABLE customer (id bigint PRIMARY KEY, name varchar(80) NOT NULL,"
			+ " note varchar(200))";

	@Test
	void pendingMigrationThatNothingAppliesIsAnError() throws IOException {
		script("V1__create_customer.sql", CUSTOMER + ";");
		script("V2__add_tier.sql", "ALTER TABLE customer ADD tier varchar(20);");
		flyway((configuration) -> configuration.target("1")).migrate();
		SubjectReport report = check(flyway());
		assertThat(report.subject().kind()).isEqualTo(SubjectKind.MIGRATION_TOOL);
		assertThat(report.details()).containsEntry("tool", "flyway")
			.containsEntry("historyTable", "flyway_schema_history")
			.containsEntry("currentVersion", "1")
			.containsEntry("latestVersion", "2");
		assertThat(report.findings().toList()).singleElement().satisfies((finding) -> {
			assertThat(finding.kind()).isEqualTo(FindingKind.MIGRATION_PENDING);
			assertThat(finding.severity()).isEqualTo(Severity.ERROR);
			assertThat(finding.table()).isEqualTo("flyway_schema_history");
			assertThat(finding.message()).startsWith("Migration 2 (V2__add_tier.sql) is pending")
				.contains("nothing applies it at this start");
		});
	}

	@Test
	void migrationsAppliedAtThisStartAreReportedWithTheirLint() throws Exception {
		script("V1__create_customer.sql", CUSTOMER + ";");
		script("V2__drop_note.sql", "-- the note moved to its own table\nALTER TABLE customer DROP COLUMN note;");
		flyway((configuration) -> configuration.target("1")).migrate();
		FlywayMigrationCheck check = new FlywayMigrationCheck("flyway", flyway());
		MigrationsAtStart before = check.beforeMigrate();
		assertThat(before.pending()).extracting(PendingMigration::name).containsExactly("2 (V2__drop_note.sql)");
		flyway().migrate();
		SubjectReport report = check.migratedAtStart(before).run();
		assertThat(report.details()).containsEntry("currentVersion", "2");
		assertThat(kinds(report)).containsExactly(FindingKind.MIGRATION_LINT, FindingKind.MIGRATION_APPLIED_AT_START);
		assertThat(report.findings().toList().get(1).message())
			.isEqualTo("Migration 2 (V2__drop_note.sql) was pending when the application started; Flyway applied"
					+ " it at this start, before the application used the database.");
	}

	@Test
	void destructiveStatementOfAPendingScriptIsLintedWithItsLineAfterPlaceholdersAreReplaced() throws Exception {
		script("V1__create_customer.sql", CUSTOMER + ";");
		script("V2__drop_note.sql", "-- the note moved to its own table\nALTER TABLE ${customers} DROP COLUMN note;");
		UnaryOperator<FluentConfiguration> placeholders = (configuration) -> configuration
			.placeholders(java.util.Map.of("customers", "customer"));
		flyway(placeholders.andThen((configuration) -> configuration.target("1"))::apply).migrate();
		SubjectReport report = check(flyway(placeholders));
		Finding lint = report.findings()
			.stream()
			.filter((finding) -> finding.kind() == FindingKind.MIGRATION_LINT)
			.findFirst()
			.orElseThrow();
		assertThat(lint.severity()).isEqualTo(Severity.WARNING);
		assertThat(lint.message())
			.startsWith("Migration 2 (V2__drop_note.sql) line 2 is DESTRUCTIVE:"
					+ " ALTER TABLE customer DROP COLUMN note (drop-column: ")
			.contains("Instead: ");
		assertThat(before(placeholders).pending().get(0).destructive()).singleElement()
			.satisfies((statement) -> assertThat(statement.risk()).isEqualTo(FixRisk.DESTRUCTIVE));
	}

	@Test
	void javaMigrationsAndStatementsTheParserCannotReadAreListedAsNotLinted() throws IOException {
		script("V1__create_customer.sql", CUSTOMER + ";");
		script("V3__refresh.sql", "-- totals are recomputed by the procedure\nCALL refresh_totals();");
		SubjectReport report = check(flyway((configuration) -> configuration.locations("filesystem:" + this.scripts,
				"classpath:dev/startupguard/migration/flyway/javamigration")));
		List<Finding> notLinted = report.findings()
			.stream()
			.filter((finding) -> finding.kind() == FindingKind.MIGRATION_NOT_LINTED)
			.toList();
		assertThat(notLinted).extracting(Finding::severity).containsOnly(Severity.INFO);
		assertThat(notLinted).extracting(Finding::message)
			.satisfiesExactlyInAnyOrder(
					(message) -> assertThat(message).isEqualTo(
							"Migration 2 (dev.startupguard.migration.flyway.javamigration.V2__Backfill_tier) was not"
									+ " linted: a Java migration: its statements are out of the lint's sight"),
					(message) -> assertThat(message)
						.startsWith("Migration 3 (V3__refresh.sql) line 2 (CALL refresh_totals()) was not linted: "));
	}

	@Test
	void editedAppliedScriptIsAChecksumMismatch() throws IOException {
		script("V1__create_customer.sql", CUSTOMER + ";");
		flyway().migrate();
		script("V1__create_customer.sql", CUSTOMER.replace("varchar(200)", "varchar(400)") + ";");
		assertThat(check(flyway()).findings().toList()).singleElement().satisfies((finding) -> {
			assertThat(finding.kind()).isEqualTo(FindingKind.MIGRATION_CHECKSUM_MISMATCH);
			assertThat(finding.severity()).isEqualTo(Severity.WARNING);
			assertThat(finding.message()).startsWith("Migration 1 (V1__create_customer.sql) was edited after it ran")
				.contains("If the edit was cosmetic (comments, whitespace), run flyway repair");
		});
	}

	@Test
	void removedAppliedScriptIsMissingLocally() throws IOException {
		script("V1__create_customer.sql", CUSTOMER + ";");
		script("V2__add_tier.sql", "ALTER TABLE customer ADD tier varchar(20);");
		script("V3__add_code.sql", "ALTER TABLE customer ADD code varchar(20);");
		flyway().migrate();
		Files.delete(this.scripts.resolve("V2__add_tier.sql"));
		assertThat(check(flyway()).findings().toList()).singleElement().satisfies((finding) -> {
			assertThat(finding.kind()).isEqualTo(FindingKind.MIGRATION_MISSING_LOCALLY);
			assertThat(finding.message()).startsWith(
					"Migration 2 (V2__add_tier.sql) was applied to the database," + " but this code no longer has it.");
		});
	}

	@Test
	void stateFlywayIsToldToIgnoreIsSuppressedWithThePattern() throws IOException {
		script("V1__create_customer.sql", CUSTOMER + ";");
		script("V2__add_tier.sql", "ALTER TABLE customer ADD tier varchar(20);");
		script("V3__add_code.sql", "ALTER TABLE customer ADD code varchar(20);");
		flyway().migrate();
		Files.delete(this.scripts.resolve("V2__add_tier.sql"));
		SubjectReport report = check(flyway((configuration) -> configuration.ignoreMigrationPatterns("*:missing")));
		assertThat(report.findings().isEmpty()).isTrue();
		assertThat(report.suppressed()).singleElement().satisfies((suppressed) -> {
			assertThat(suppressed.finding().kind()).isEqualTo(FindingKind.MIGRATION_MISSING_LOCALLY);
			assertThat(suppressed.reason())
				.isEqualTo("Flyway's ignoreMigrationPatterns has *:missing (spring.flyway.ignore-migration-patterns)");
		});
	}

	@Test
	void databaseAheadOfTheCodeSaysTheCodeWasRolledBack() throws IOException {
		script("V1__create_customer.sql", CUSTOMER + ";");
		script("V2__add_tier.sql", "ALTER TABLE customer ADD tier varchar(20);");
		flyway().migrate();
		Files.delete(this.scripts.resolve("V2__add_tier.sql"));
		SubjectReport report = check(flyway());
		assertThat(report.details()).containsEntry("currentVersion", "2").containsEntry("latestVersion", "1");
		assertThat(report.findings().toList()).singleElement().satisfies((finding) -> {
			assertThat(finding.kind()).isEqualTo(FindingKind.MIGRATION_NEWER_THAN_CODE);
			assertThat(finding.message()).startsWith("The database has migration 2 (V2__add_tier.sql), newer than"
					+ " anything this code has (its latest is 1): this code was rolled back");
		});
	}

	@Test
	void olderMigrationNeverAppliedIsIgnored() throws IOException {
		script("V1__create_customer.sql", CUSTOMER + ";");
		script("V3__add_code.sql", "ALTER TABLE customer ADD code varchar(20);");
		flyway().migrate();
		script("V2__add_tier.sql", "ALTER TABLE customer ADD tier varchar(20);");
		assertThat(check(flyway()).findings().toList()).singleElement().satisfies((finding) -> {
			assertThat(finding.kind()).isEqualTo(FindingKind.MIGRATION_IGNORED);
			assertThat(finding.severity()).isEqualTo(Severity.ERROR);
			assertThat(finding.message()).startsWith("Migration 2 (V2__add_tier.sql) is older than the database's");
		});
	}

	@Test
	void migrationAppliedAfterANewerOneIsOutOfOrder() throws IOException {
		script("V1__create_customer.sql", CUSTOMER + ";");
		script("V3__add_code.sql", "ALTER TABLE customer ADD code varchar(20);");
		flyway().migrate();
		script("V2__add_tier.sql", "ALTER TABLE customer ADD tier varchar(20);");
		flyway((configuration) -> configuration.outOfOrder(true)).migrate();
		assertThat(check(flyway()).findings().toList()).singleElement().satisfies((finding) -> {
			assertThat(finding.kind()).isEqualTo(FindingKind.MIGRATION_OUT_OF_ORDER);
			assertThat(finding.severity()).isEqualTo(Severity.INFO);
		});
	}

	@Test
	void customHistoryTableIsTheSubjectsAndTheFindingsTable() throws IOException {
		script("V1__create_customer.sql", CUSTOMER + ";");
		script("V2__add_tier.sql", "ALTER TABLE customer ADD tier varchar(20);");
		UnaryOperator<FluentConfiguration> table = (configuration) -> configuration.table("orders_history");
		flyway(table.andThen((configuration) -> configuration.target("1"))::apply).migrate();
		SubjectReport report = check(flyway(table));
		assertThat(report.details()).containsEntry("historyTable", "orders_history");
		assertThat(report.findings().toList()).singleElement()
			.satisfies((finding) -> assertThat(finding.table()).isEqualTo("orders_history"));
	}

	@Test
	void checkingWritesNothing() throws Exception {
		script("V1__create_customer.sql", CUSTOMER + ";");
		script("V2__add_tier.sql", "ALTER TABLE customer ADD tier varchar(20);");
		SubjectReport empty = check(flyway());
		assertThat(kinds(empty)).containsExactly(FindingKind.MIGRATION_PENDING, FindingKind.MIGRATION_PENDING);
		assertThat(tables()).isEmpty();
		flyway((configuration) -> configuration.target("1")).migrate();
		List<String> history = this.database
			.rows("SELECT installed_rank, version, checksum, success FROM flyway_schema_history");
		FlywayMigrationCheck check = new FlywayMigrationCheck("flyway", flyway());
		check.migratedAtStart(check.beforeMigrate()).run();
		check.run();
		assertThat(this.database.rows("SELECT installed_rank, version, checksum, success FROM flyway_schema_history"))
			.isEqualTo(history);
		assertThat(tables()).containsExactlyInAnyOrder("customer", "flyway_schema_history");
	}

	@Test
	void unreachableDatabaseIsACheckErrorWithoutThePassword() {
		Flyway flyway = Flyway.configure()
			.dataSource(unreachableUrl(), "guard", "s3cret")
			.locations("filesystem:" + this.scripts)
			.load();
		SubjectReport report = check(flyway);
		assertThat(report.findings().toList()).singleElement().satisfies((finding) -> {
			assertThat(finding.kind()).isEqualTo(FindingKind.CHECK_ERROR);
			assertThat(finding.message()).startsWith("The migrations could not be read").doesNotContain("s3cret");
		});
		assertThatException().isThrownBy(flyway::migrate);
	}

	abstract String unreachableUrl();

	MigrationsAtStart before(UnaryOperator<FluentConfiguration> customizer) throws SQLException {
		return new FlywayMigrationCheck("flyway", flyway(customizer)).beforeMigrate();
	}

	static SubjectReport check(Flyway flyway) {
		return new FlywayMigrationCheck("flyway", flyway).run();
	}

	static List<FindingKind> kinds(SubjectReport report) {
		return report.findings().stream().map(Finding::kind).toList();
	}

	List<String> tables() throws SQLException {
		List<String> tables = new ArrayList<>();
		try (Connection connection = this.database.dataSource().getConnection();
				ResultSet result = connection.getMetaData()
					.getTables(connection.getCatalog(), connection.getSchema(), "%", new String[] { "TABLE" })) {
			while (result.next()) {
				tables.add(result.getString("TABLE_NAME").toLowerCase(java.util.Locale.ROOT));
			}
		}
		return tables;
	}

}

package dev.startupguard.snapshot;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.json.JsonWriter;

import dev.startupguard.drift.DriftOptions;
import dev.startupguard.migration.flyway.FlywayHistory;
import dev.startupguard.migration.flyway.FlywayMigrationCheck;
import dev.startupguard.schema.Column;
import dev.startupguard.report.Finding;
import dev.startupguard.report.FindingKind;
import dev.startupguard.report.FixRisk;
import dev.startupguard.report.Severity;
import dev.startupguard.testdb.FlywayDatabaseTests;
import dev.startupguard.testdb.TestDatabase;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The snapshot of what real Flyway migrations built, captured on one scratch database,
 * written, read back, and compared with databases the same migrations built and then
 * changed by hand. Run on every database by a subclass.
 */
abstract class SnapshotComparisonIntegrationTests extends FlywayDatabaseTests {

	static final String V1 = """
			CREATE TABLE customer (id bigint PRIMARY KEY, name varchar(80) NOT NULL, tier varchar(20) DEFAULT 'basic');
			CREATE TABLE orders (id bigint PRIMARY KEY, customer_id bigint NOT NULL, total decimal(10,2),
			  quantity int DEFAULT 1 NOT NULL, placed timestamp DEFAULT CURRENT_TIMESTAMP,
			  CONSTRAINT fk_orders_customer FOREIGN KEY (customer_id) REFERENCES customer (id));
			CREATE INDEX idx_orders_customer ON orders (customer_id);
			CREATE INDEX idx_orders_total ON orders (total);
			""";

	static final String V2 = "ALTER TABLE customer ADD COLUMN email varchar(120);";

	@TempDir
	Path files;

	@BeforeEach
	void migrations() throws Exception {
		script("V1__create.sql", V1);
		script("V2__email.sql", V2);
	}

	@Test
	void capturedSnapshotRoundTripsThroughItsFileWithoutTheDefaultSchemaName() throws Exception {
		flyway().migrate();
		CapturedSchema captured = SchemaCapture.capture(this.database.dataSource(), FlywayHistory.of(flyway()));
		Path file = this.files.resolve("META-INF/startup-guard/schema-snapshot.json");
		SchemaSnapshotFile.write(captured, file);
		assertThat(SchemaSnapshotFile.read(file)).isEqualTo(captured);
		String json = Files.readString(file);
		assertThat(json).startsWith("{\n  \"format\": 1,").doesNotContain("\"schema\"");
		assertThat(names(captured)).containsExactly("customer", "orders");
		assertThat(captured.family()).isEqualTo(this.database.family());
		assertThat(captured.migrations().tool()).isEqualTo("flyway");
		assertThat(captured.migrations().applied()).extracting(AppliedMigration::id).containsExactly("1", "2");
		assertThat(captured.migrations().applied())
			.allSatisfy((migration) -> assertThat(migration.checksum()).isNotNull());
		assertThat(column(captured, "customer", "tier").defaultExpression()).contains("'basic'");
		assertThat(column(captured, "orders", "quantity").defaultExpression()).contains("1");
		assertThat(column(captured, "orders", "placed").defaultExpression()).containsIgnoringCase("current_timestamp");
		assertThat(json).contains("\"default\": "
				+ JsonWriter.standard().writeToString(column(captured, "customer", "tier").defaultExpression()));
	}

	@Test
	void snapshotFileWithoutDefaultExpressionsStillReadsAndComparesDefaultsByPresence() throws Exception {
		CapturedSchema captured = captureOnOtherDatabase();
		String json = SchemaSnapshotFile.toJson(captured).replaceAll(", \"default\": \"(?:[^\"\\\\]|\\\\.)*\"", "");
		assertThat(json).doesNotContain("\"default\"");
		CapturedSchema older = SchemaSnapshotFile.parse(json);
		assertThat(column(older, "customer", "tier").defaultExpression()).isNull();
		flyway().migrate();
		this.database.execute("ALTER TABLE customer ALTER COLUMN tier SET DEFAULT 'gold'");
		assertThat(check(older).findings().toList()).isEmpty();
		this.database.execute("ALTER TABLE customer ALTER COLUMN tier DROP DEFAULT");
		assertThat(check(older).findings().toList()).extracting(SnapshotComparisonIntegrationTests::describe)
			.containsExactly("customer.tier column default removed");
	}

	@Test
	void unchangedDatabaseOfAnotherNameHasNoFinding() throws Exception {
		CapturedSchema captured = captureOnOtherDatabase();
		flyway().migrate();
		assertThat(check(captured).findings().toList()).isEmpty();
	}

	@Test
	void everyChangeOutsideTheMigrationsIsOneFinding() throws Exception {
		CapturedSchema captured = captureOnOtherDatabase();
		flyway().migrate();
		this.database.execute(dropIndex("idx_orders_total"), "ALTER TABLE customer ADD COLUMN note varchar(100)",
				"ALTER TABLE customer ALTER COLUMN tier DROP DEFAULT", dropForeignKey("fk_orders_customer"),
				"CREATE TABLE audit_note (id bigint PRIMARY KEY)", dropNotNull());
		List<Finding> findings = check(captured).findings().toList();
		assertThat(findings).allSatisfy((finding) -> {
			assertThat(finding.kind()).isEqualTo(FindingKind.CHANGED_OUTSIDE_MIGRATIONS);
			assertThat(finding.severity()).isEqualTo(Severity.WARNING);
		});
		assertThat(findings).extracting(SnapshotComparisonIntegrationTests::describe)
			.containsExactlyInAnyOrder("orders.total index removed", "customer.note column added",
					"customer.tier column default removed", "orders.customer_id foreign removed",
					"audit_note.null table added", "customer.name column nullable");
		assertThat(findings).filteredOn((finding) -> describe(finding).equals("customer.tier column default removed"))
			.singleElement()
			.satisfies((finding) -> {
				assertThat(finding.fix()).containsIgnoringCase("SET DEFAULT").contains("'basic'");
				assertThat(finding.fixRisk()).isEqualTo(FixRisk.SAFE);
			});
		assertThat(findings).filteredOn((finding) -> describe(finding).equals("orders.total index removed"))
			.singleElement()
			.satisfies((finding) -> assertThat(finding.fix()).containsIgnoringCase("CREATE INDEX")
				.containsIgnoringCase("total"));
	}

	@Test
	void defaultChangedByHandIsOneFindingWhoseFixRestoresTheMigratedDefault() throws Exception {
		CapturedSchema captured = captureOnOtherDatabase();
		flyway().migrate();
		this.database.execute("ALTER TABLE customer ALTER COLUMN tier SET DEFAULT 'gold'");
		String migrated = column(captured, "customer", "tier").defaultExpression();
		String now = migrated.replace("basic", "gold");
		List<Finding> findings = check(captured).findings().toList();
		assertThat(findings).singleElement().satisfies((finding) -> {
			assertThat(finding.kind()).isEqualTo(FindingKind.CHANGED_OUTSIDE_MIGRATIONS);
			assertThat(finding.table()).isEqualToIgnoringCase("customer");
			assertThat(finding.column()).isEqualToIgnoringCase("tier");
			assertThat(finding.message()).endsWith("." + finding.column() + " defaults to " + now
					+ ", but the migrations gave it the default " + migrated + ": inserts that leave it out now get "
					+ now + " where a database built from the migrations gives " + migrated + ".");
			assertThat(finding.fixRisk()).isEqualTo(FixRisk.SAFE);
		});
		this.database.execute(findings.get(0).fix());
		assertThat(check(captured).findings().toList()).isEmpty();
	}

	@Test
	void defaultSetByHandToTheMigratedValueHasNoFinding() throws Exception {
		CapturedSchema captured = captureOnOtherDatabase();
		flyway().migrate();
		this.database.execute("ALTER TABLE customer ALTER COLUMN tier SET DEFAULT 'basic'",
				"ALTER TABLE orders ALTER COLUMN quantity SET DEFAULT 1");
		assertThat(check(captured).findings().toList()).isEmpty();
	}

	@Test
	void databaseWithAPendingMigrationIsNotCompared() throws Exception {
		CapturedSchema captured = captureOnOtherDatabase();
		flyway((configuration) -> configuration.target("1")).migrate();
		this.database.execute("CREATE TABLE audit_note (id bigint PRIMARY KEY)");
		List<Finding> findings = check(captured).findings().toList();
		assertThat(findings).extracting(Finding::kind)
			.containsExactlyInAnyOrder(FindingKind.MIGRATION_PENDING, FindingKind.SNAPSHOT_NOT_COMPARED);
		assertThat(findings).filteredOn((finding) -> finding.kind() == FindingKind.SNAPSHOT_NOT_COMPARED)
			.singleElement()
			.satisfies((finding) -> {
				assertThat(finding.severity()).isEqualTo(Severity.INFO);
				assertThat(finding.message())
					.contains("has not applied 1 migration the snapshot was captured with (2)");
			});
	}

	@Test
	void databaseWithMigrationsNewerThanTheSnapshotIsNotCompared() throws Exception {
		CapturedSchema captured = captureOnOtherDatabase();
		script("V3__phone.sql", "ALTER TABLE customer ADD COLUMN phone varchar(30);");
		flyway().migrate();
		assertThat(check(captured).findings().toList()).singleElement().satisfies((finding) -> {
			assertThat(finding.kind()).isEqualTo(FindingKind.SNAPSHOT_NOT_COMPARED);
			assertThat(finding.message()).contains("has applied 1 migration the snapshot does not know (3)");
		});
	}

	abstract String dropIndex(String name);

	abstract String dropForeignKey(String name);

	abstract String dropNotNull();

	private CapturedSchema captureOnOtherDatabase() throws Exception {
		try (TestDatabase other = TestDatabase.create(this.database.family(), "snapother")) {
			Flyway flyway = Flyway.configure()
				.dataSource(other.dataSource())
				.locations("filesystem:" + this.scripts)
				.load();
			flyway.migrate();
			CapturedSchema captured = SchemaCapture.capture(other.dataSource(), FlywayHistory.of(flyway));
			Path file = this.files.resolve("snapshot.json");
			SchemaSnapshotFile.write(captured, file);
			return SchemaSnapshotFile.read(file);
		}
	}

	private dev.startupguard.report.SubjectReport check(CapturedSchema captured) {
		SnapshotComparison comparison = new SnapshotComparison(captured, "snapshot.json", DriftOptions.DEFAULTS,
				Duration.ofSeconds(30));
		return new FlywayMigrationCheck("flyway", flyway()).comparingWith(comparison).run();
	}

	private static Column column(CapturedSchema captured, String table, String column) {
		return captured.schema()
			.tables()
			.stream()
			.filter((candidate) -> candidate.name().name().equalsIgnoreCase(table))
			.flatMap((candidate) -> candidate.columns().stream())
			.filter((candidate) -> candidate.name().equalsIgnoreCase(column))
			.findFirst()
			.orElseThrow();
	}

	private static List<String> names(CapturedSchema captured) {
		return captured.schema()
			.tables()
			.stream()
			.map((table) -> table.name().name().toLowerCase(Locale.ROOT))
			.toList();
	}

	private static String describe(Finding finding) {
		String message = finding.message();
		String what = message.contains("has no default any more") ? "default removed" : message.contains("accepts null")
				? "nullable"
				: message.contains("is gone") ? "removed" : message.contains("did not create it") ? "added" : message;
		return (Objects.toString(finding.table()) + "." + finding.column() + " "
				+ message.substring(0, message.indexOf(' ')) + " " + what)
			.toLowerCase(Locale.ROOT);
	}

}

package dev.startupguard.drift;

import java.util.List;

import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;

import dev.startupguard.report.Finding;
import dev.startupguard.report.FixRisk;
import dev.startupguard.schema.Column;
import dev.startupguard.schema.ColumnTypes;
import dev.startupguard.schema.DatabaseFamily;
import dev.startupguard.schema.Index;
import dev.startupguard.schema.Key;
import dev.startupguard.schema.QualifiedName;
import dev.startupguard.schema.SchemaSnapshot;
import dev.startupguard.schema.Sequence;
import dev.startupguard.schema.Table;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Tests for {@link SnapshotComparator}: what the migrations built against what the
 * database holds, in both directions.
 */
class SnapshotComparatorTests {

	private final SnapshotComparator comparator = new SnapshotComparator(DatabaseFamily.POSTGRESQL, "public",
			new DriftOptions(List.of("report_*")));

	@Test
	void sameSchemaWithOtherConstraintNamesHasNoFinding() {
		assertThat(this.comparator
			.compare(schema(orders("orders_pkey", "uk_orders_number")),
					schema(orders("pk_orders", "orders_number_key")))
			.toList()).isEmpty();
	}

	@Test
	void typeChangeRestoresTheMigratedType() {
		Table built = orders("orders_pkey", "uk");
		Table live = new Table(built.name(),
				List.of(column("id", "bigint", false), column("number", "varchar(40)", false)), built.primaryKey(),
				built.uniqueKeys(), List.of(), built.indexes());
		assertThat(this.comparator.compare(schema(built), schema(live)).toList()).singleElement()
			.satisfies((finding) -> {
				assertThat(finding.table()).isEqualTo("orders");
				assertThat(finding.column()).isEqualTo("number");
				assertThat(finding.message())
					.startsWith("Column orders.number is varchar(40), but the migrations made it varchar(20)");
				assertThat(finding.fix())
					.isEqualTo("ALTER TABLE orders ALTER COLUMN number TYPE varchar(20) USING number::varchar(20)");
				assertThat(finding.fixRisk()).isEqualTo(FixRisk.RISKY);
			});
	}

	@Test
	void uniqueKeyAndPrimaryKeyGoneAndAddedAreReportedBothWays() {
		Table built = orders("orders_pkey", "uk");
		Table live = new Table(built.name(), built.columns(), null, List.of(new Key("uk_id", List.of("id"))), List.of(),
				built.indexes());
		assertThat(this.comparator.compare(schema(built), schema(live)).toList()).extracting(Finding::message)
			.containsExactlyInAnyOrder(
					"Primary key orders(id) that the migrations created is gone: nothing stops two rows with the same"
							+ " id, and updates and deletes by id may hit several rows.",
					"Unique constraint orders(number) that the migrations created is gone: duplicate values can now be"
							+ " saved.",
					"Unique constraint orders(id) exists, but the migrations did not create it: it was added by hand,"
							+ " and saves of duplicate values fail on this database only.");
	}

	@Test
	void sequencesAreComparedBothWaysAndIgnoredTablesLeftOut() {
		SchemaSnapshot built = new SchemaSnapshot(List.of(orders("pk", "uk")),
				List.of(new Sequence(new QualifiedName(null, "orders_seq"), 50L)));
		Table report = new Table(new QualifiedName(null, "report_daily"), List.of(column("id", "bigint", false)), null,
				List.of(), List.of(), List.of());
		SchemaSnapshot live = new SchemaSnapshot(List.of(orders("pk", "uk"), report),
				List.of(new Sequence(new QualifiedName(null, "audit_seq"), 1L)));
		assertThat(this.comparator.compare(built, live).toList()).extracting(Finding::message)
			.containsExactlyInAnyOrder(
					"Sequence orders_seq that the migrations created is gone: inserts whose ids are drawn from it"
							+ " fail.",
					"Sequence audit_seq exists, but the migrations did not create it: it was added by hand.");
	}

	@Test
	void changedDefaultExpressionIsOneFindingRestoringTheMigratedDefault() {
		assertThat(this.comparator
			.compare(schema(customer("'basic'::character varying")), schema(customer("'gold'::character varying")))
			.toList()).singleElement().satisfies((finding) -> {
				assertThat(finding.table()).isEqualTo("customer");
				assertThat(finding.column()).isEqualTo("tier");
				assertThat(finding.message()).isEqualTo("Column customer.tier defaults to 'gold'::character varying,"
						+ " but the migrations gave it the default 'basic'::character varying: inserts that leave it"
						+ " out now get 'gold'::character varying where a database built from the migrations gives"
						+ " 'basic'::character varying.");
				assertThat(finding.fix())
					.isEqualTo("ALTER TABLE customer ALTER COLUMN tier SET DEFAULT 'basic'::character varying");
				assertThat(finding.fixRisk()).isEqualTo(FixRisk.SAFE);
			});
	}

	@Test
	void defaultsUnknownToEitherSideOrDrawnFromSequencesAreNotCompared() {
		assertThat(this.comparator.compare(schema(customer(null)), schema(customer("'gold'"))).toList()).isEmpty();
		assertThat(this.comparator.compare(schema(customer("'basic'")), schema(customer(null))).toList()).isEmpty();
		assertThat(this.comparator
			.compare(schema(customer("nextval('customer_tier_seq'::regclass)")),
					schema(customer("nextval('renamed_seq'::regclass)")))
			.toList()).isEmpty();
		assertThat(this.comparator
			.compare(schema(customer("nextval('customer_tier_seq'::regclass)")), schema(customer("'gold'")))
			.toList()).hasSize(1);
	}

	@Test
	void removedDefaultIsRestoredWhereTheMigratedExpressionIsKnown() {
		Table live = new Table(new QualifiedName(null, "customer"),
				List.of(column("id", "bigint", false), column("tier", "varchar(20)", true)), null, List.of(), List.of(),
				List.of());
		assertThat(this.comparator.compare(schema(customer("'basic'::character varying")), schema(live)).toList())
			.singleElement()
			.satisfies((finding) -> {
				assertThat(finding.message()).startsWith("Column customer.tier has no default any more");
				assertThat(finding.fix())
					.isEqualTo("ALTER TABLE customer ALTER COLUMN tier SET DEFAULT 'basic'::character varying");
			});
		assertThat(this.comparator.compare(schema(customer(null)), schema(live)).toList()).singleElement()
			.satisfies((finding) -> assertThat(finding.fix()).isNull());
	}

	@Test
	void mariaDbTakesAnExpressionDefaultInParenthesesAndALiteralBare() {
		SnapshotComparator mariaDb = new SnapshotComparator(DatabaseFamily.MYSQL, "shop", DriftOptions.DEFAULTS);
		assertThat(mariaDb.compare(schema(customer("current_timestamp()")), schema(customer("'gold'"))).toList())
			.extracting(Finding::fix)
			.containsExactly("ALTER TABLE customer ALTER COLUMN tier SET DEFAULT (current_timestamp())");
		assertThat(mariaDb.compare(schema(customer("'it''s'")), schema(customer("'gold'"))).toList())
			.extracting(Finding::fix)
			.containsExactly("ALTER TABLE customer ALTER COLUMN tier SET DEFAULT 'it''s'");
		assertThat(mariaDb.compare(schema(customer("-1.5")), schema(customer("0"))).toList()).extracting(Finding::fix)
			.containsExactly("ALTER TABLE customer ALTER COLUMN tier SET DEFAULT -1.5");
	}

	private static Table customer(@Nullable String tierDefault) {
		return new Table(new QualifiedName(null, "customer"),
				List.of(column("id", "bigint", false), new Column("tier",
						ColumnTypes.parse("varchar(20)", DatabaseFamily.POSTGRESQL), true, true, tierDefault, null)),
				null, List.of(), List.of(), List.of());
	}

	private static SchemaSnapshot schema(Table table) {
		return new SchemaSnapshot(List.of(table), List.of());
	}

	private static Table orders(String primaryKey, String uniqueKey) {
		return new Table(new QualifiedName(null, "orders"),
				List.of(column("id", "bigint", false), column("number", "varchar(20)", false)),
				new Key(primaryKey, List.of("id")), List.of(new Key(uniqueKey, List.of("number"))), List.of(),
				List.of(new Index(primaryKey, List.of("id"), true), new Index(uniqueKey, List.of("number"), true)));
	}

	private static Column column(String name, String type, boolean nullable) {
		return new Column(name, ColumnTypes.parse(type, DatabaseFamily.POSTGRESQL), nullable, false);
	}

}

package dev.startupguard.drift;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import dev.startupguard.report.Finding;
import dev.startupguard.report.FindingKind;
import dev.startupguard.report.FindingRules;
import dev.startupguard.report.Findings;
import dev.startupguard.report.FixRisk;
import dev.startupguard.report.Severity;
import dev.startupguard.report.Subject;
import dev.startupguard.report.SubjectReport;
import dev.startupguard.schema.Column;
import dev.startupguard.schema.ColumnMapping;
import dev.startupguard.schema.ColumnTypes;
import dev.startupguard.schema.DatabaseFamily;
import dev.startupguard.schema.DatabaseInfo;
import dev.startupguard.schema.ForeignKey;
import dev.startupguard.schema.Identifiers.IdentifierCase;
import dev.startupguard.schema.Identifiers;
import dev.startupguard.schema.Index;
import dev.startupguard.schema.Key;
import dev.startupguard.schema.QualifiedName;
import dev.startupguard.schema.SchemaSnapshot;
import dev.startupguard.schema.Sequence;
import dev.startupguard.schema.Table;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

/**
 * Tests for {@link SchemaComparator}, on snapshots built by hand.
 */
class SchemaComparatorTests {

	private static final DatabaseInfo POSTGRES = new DatabaseInfo("PostgreSQL", "15", DatabaseFamily.POSTGRESQL,
			Identifiers.POSTGRESQL, "public");

	private static final DatabaseInfo MARIADB = new DatabaseInfo("MariaDB", "10.11", DatabaseFamily.MYSQL,
			new Identifiers(IdentifierCase.MIXED, true, false), "public");

	@Test
	void identicalSchemasHaveNoFindings() {
		assertThat(compare(POSTGRES, shop(), shop())).isEmpty();
	}

	@Test
	void findsEveryDifferenceInOnePass() {
		Table customer = table("customer", List.of(column("id", "bigint", false), column("email", "varchar(40)", true)),
				key("id"), List.of(), List.of(), List.of());
		SchemaSnapshot live = new SchemaSnapshot(List.of(customer), List.of());
		Findings findings = compare(POSTGRES, shop(), live);
		assertThat(findings.stream().map((finding) -> finding.kind() + " " + finding.table() + "." + finding.column()))
			.containsExactly("MISSING_TABLE purchase_order.null", "MISSING_COLUMN customer.name",
					"MISSING_SEQUENCE null.null", "NARROWER_COLUMN customer.email",
					"MISSING_UNIQUE_CONSTRAINT customer.email", "MISSING_INDEX customer.name");
		assertThat(findings.toList()).isSortedAccordingTo(Finding.MOST_SEVERE_FIRST);
	}

	@Test
	void missingColumnSuggestsAddingItWithItsMappedType() {
		Finding finding = single(POSTGRES, shop(), replaceCustomer(
				(columns) -> columns.removeIf((column) -> column.name().equals("name")), shop().tables().get(0)));
		assertThat(finding).isEqualTo(new Finding(Severity.ERROR, FindingKind.MISSING_COLUMN, "customer", "name",
				"Column customer.name does not exist, but the entity maps it: every load and save of the entity"
						+ " fails. Apply the migration that adds it before deploying this code. Add it nullable,"
						+ " backfill it, then make it NOT NULL.",
				"ALTER TABLE customer ADD COLUMN name varchar(255) NOT NULL", FixRisk.RISKY));
	}

	@Test
	void typeMismatchQuotesReservedWordsAndCastsOnPostgres() {
		Table expected = table("order", List.of(column("id", "bigint", false), column("user", "uuid", true)), key("id"),
				List.of(), List.of(), List.of());
		Table live = table("order", List.of(column("id", "bigint", false), column("user", "text", true)), key("id"),
				List.of(), List.of(), List.of());
		Finding finding = single(POSTGRES, snapshot(expected), snapshot(live));
		assertThat(finding.kind()).isEqualTo(FindingKind.TYPE_MISMATCH);
		assertThat(finding.severity()).isEqualTo(Severity.ERROR);
		assertThat(finding.message()).isEqualTo(
				"Column order.user is text, and the mapping binds native UUIDs: loading or saving the entity fails.");
		assertThat(finding.fix())
			.isEqualTo("ALTER TABLE \"order\" ALTER COLUMN \"user\" TYPE uuid USING \"user\"::uuid");
	}

	@Test
	void fewerFractionalSecondsAreTheirOwnKindUntouchedByNarrowerColumnOverrides() {
		Table expected = table("event",
				List.of(new Column("at", ColumnTypes.parse("datetime(6)", DatabaseFamily.MYSQL), true, false)), null,
				List.of(), List.of(), List.of());
		Table live = table("event",
				List.of(new Column("at", ColumnTypes.parse("datetime", DatabaseFamily.MYSQL), true, false)), null,
				List.of(), List.of(), List.of());
		Finding finding = single(MARIADB, snapshot(expected), snapshot(live));
		assertThat(finding.kind()).isEqualTo(FindingKind.NARROWER_FRACTIONAL_SECONDS);
		assertThat(finding.severity()).isEqualTo(Severity.INFO);
		FindingRules raiseNarrower = new FindingRules(Map.of(FindingKind.NARROWER_COLUMN, Severity.ERROR), List.of());
		SubjectReport report = raiseNarrower.apply(new SubjectReport(Subject.persistenceUnit("default"), Map.of(),
				Instant.EPOCH, Duration.ZERO, Findings.of(List.of(finding)), List.of()));
		assertThat(report.findings().toList()).extracting(Finding::severity).containsExactly(Severity.INFO);
	}

	@Test
	void sequencesOfACatalogThatCannotListThemAreNeverMissing() {
		Sequence sequence = new Sequence(new QualifiedName("public", "order_seq"), 50L);
		SchemaSnapshot expected = new SchemaSnapshot(List.of(), List.of(sequence));
		assertThat(compare(POSTGRES, expected, new SchemaSnapshot(List.of(), List.of(), false)).toList()).isEmpty();
		assertThat(compare(POSTGRES, expected, new SchemaSnapshot(List.of(), List.of())).toList())
			.extracting(Finding::kind)
			.containsExactly(FindingKind.MISSING_SEQUENCE);
	}

	@Test
	void lossyConversionIsALossyTypeWarning() {
		Table expected = table("event", List.of(column("at", "timestamp(6) with time zone", true)), null, List.of(),
				List.of(), List.of());
		Table live = table("event", List.of(column("at", "timestamp(6) without time zone", true)), null, List.of(),
				List.of(), List.of());
		Finding finding = single(POSTGRES, snapshot(expected), snapshot(live));
		assertThat(finding.kind()).isEqualTo(FindingKind.LOSSY_TYPE);
		assertThat(finding.severity()).isEqualTo(Severity.WARNING);
	}

	@Test
	void notNullColumnTheEntityMayLeaveNullFailsSaves() {
		Table expected = table("pets",
				List.of(mapped("type_id", "integer", true,
						new ColumnMapping("Pet.type", "PetType", false, false, List.of(), List.of(), null))),
				null, List.of(), List.of(), List.of());
		Table live = table("pets", List.of(column("type_id", "integer", false)), null, List.of(), List.of(), List.of());
		assertThat(single(POSTGRES, snapshot(expected), snapshot(live)))
			.isEqualTo(new Finding(Severity.WARNING, FindingKind.NULLABILITY_MISMATCH, "pets", "type_id",
					"Column pets.type_id is NOT NULL without a default, but Pet.type (PetType) may be null: saving a"
							+ " Pet whose type is null fails.",
					"ALTER TABLE pets ALTER COLUMN type_id DROP NOT NULL", FixRisk.SAFE));
	}

	@Test
	void bytesInATextColumnAreInfoOnlyForAnArrayOfBytes() {
		for (String javaType : List.of("byte[]", "URI")) {
			Table expected = table("log",
					List.of(mapped("detail", "varbinary(255)", true,
							new ColumnMapping("Log.detail", javaType, false, false, List.of(), List.of(), null))),
					null, List.of(), List.of(), List.of());
			Table live = table("log", List.of(column("detail", "text", true)), null, List.of(), List.of(), List.of());
			// a @Lob URI is written as its Java serialization, which is never text
			assertThat(single(MARIADB, snapshot(expected), snapshot(live)).kind())
				.isEqualTo("byte[]".equals(javaType) ? FindingKind.BINARY_IN_TEXT_COLUMN : FindingKind.TYPE_MISMATCH);
		}
	}

	@Test
	void idTheDatabaseGeneratesInANarrowerIntegerIsInfoWithTheLimit() {
		ColumnMapping generated = new ColumnMapping("Post.id", "Long", false, false, List.of("@Id"), List.of(), null,
				true, null);
		Table expected = table("post", List.of(mapped("id", "bigint", false, generated)), key("id"), List.of(),
				List.of(), List.of());
		Table live = table("post", List.of(column("id", "integer", false)), key("id"), List.of(), List.of(), List.of());
		Finding finding = single(POSTGRES, snapshot(expected), snapshot(live));
		assertThat(finding.kind()).isEqualTo(FindingKind.NARROWER_GENERATED_ID);
		assertThat(finding.severity()).isEqualTo(Severity.INFO);
		assertThat(finding.message()).contains("Post.id (Long) is generated by the database")
			.contains("ids fit up to 2147483647");
	}

	@Test
	void idTheApplicationAssignsInANarrowerIntegerIsNarrower() {
		ColumnMapping assigned = new ColumnMapping("Post.id", "Long", false, false, List.of("@Id"), List.of(), null);
		Table expected = table("post", List.of(mapped("id", "bigint", false, assigned)), key("id"), List.of(),
				List.of(), List.of());
		Table live = table("post", List.of(column("id", "integer", false)), key("id"), List.of(), List.of(), List.of());
		assertThat(single(POSTGRES, snapshot(expected), snapshot(live)).kind()).isEqualTo(FindingKind.NARROWER_COLUMN);
	}

	@Test
	void foreignKeyColumnAsWideAsTheKeyItReferencesHoldsEveryValue() {
		ForeignKey toPost = new ForeignKey(null, List.of("post_id"), new QualifiedName("public", "post"),
				List.of("id"));
		Table post = table("post", List.of(column("id", "bigint", false)), key("id"), List.of(), List.of(), List.of());
		Table comment = table("comment", List.of(column("id", "bigint", false), column("post_id", "bigint", true)),
				key("id"), List.of(), List.of(toPost), List.of());
		Table liveComment = table("comment", List.of(column("id", "bigint", false), column("post_id", "integer", true)),
				key("id"), List.of(), List.of(toPost), List.of());
		Table narrowPost = table("post", List.of(column("id", "integer", false)), key("id"), List.of(), List.of(),
				List.of());
		Table widePost = table("post", List.of(column("id", "bigint", false)), key("id"), List.of(), List.of(),
				List.of());
		assertThat(compare(POSTGRES, snapshot(post, comment), snapshot(narrowPost, liveComment)).stream()
			.map((finding) -> finding.kind() + " " + finding.table() + "." + finding.column()))
			.containsExactly("NARROWER_COLUMN post.id");
		assertThat(compare(POSTGRES, snapshot(post, comment), snapshot(widePost, liveComment)).stream()
			.map((finding) -> finding.kind() + " " + finding.table() + "." + finding.column()))
			.containsExactly("NARROWER_COLUMN comment.post_id");
	}

	@Test
	void nullableColumnBehindAPrimitiveFailsLoads() {
		Table expected = table("measurement",
				List.of(mapped("heart_rate", "integer", false,
						new ColumnMapping("Measurement.heartRate", "int", true, false, List.of(), List.of(), null))),
				null, List.of(), List.of(), List.of());
		Table live = table("measurement", List.of(column("heart_rate", "integer", true)), null, List.of(), List.of(),
				List.of());
		assertThat(single(POSTGRES, snapshot(expected), snapshot(live)))
			.isEqualTo(new Finding(Severity.WARNING, FindingKind.NULLABLE_PRIMITIVE_COLUMN, "measurement", "heart_rate",
					"Column measurement.heart_rate accepts null, but Measurement.heartRate is a primitive int, which"
							+ " cannot hold null: loading a row with null in heart_rate fails.",
					"ALTER TABLE measurement ALTER COLUMN heart_rate SET NOT NULL", FixRisk.RISKY));
	}

	@Test
	void nullableJoinColumnOfARequiredAssociationHidesRows() {
		Table expected = table("measurement",
				List.of(mapped("animal_id", "bigint", false,
						new ColumnMapping("Measurement.animal", "Animal", false, true,
								List.of("@ManyToOne(optional = false)"), List.of(), null))),
				null, List.of(), List.of(), List.of());
		Table live = table("measurement", List.of(column("animal_id", "bigint", true)), null, List.of(), List.of(),
				List.of());
		assertThat(single(POSTGRES, snapshot(expected), snapshot(live))).isEqualTo(new Finding(Severity.WARNING,
				FindingKind.NULLABLE_REQUIRED_ASSOCIATION, "measurement", "animal_id",
				"Column measurement.animal_id accepts null, but Measurement.animal (Animal) is a required"
						+ " association (optional = false): Hibernate may join it with an inner join, so rows with"
						+ " a null animal_id vanish from query results.",
				"ALTER TABLE measurement ALTER COLUMN animal_id SET NOT NULL", FixRisk.RISKY));
	}

	@Test
	void nullableColumnTheEntityOnlyDeclaresNotNullIsInfo() {
		Table expected = table("keeper",
				List.of(mapped("first_name", "varchar(40)", false,
						new ColumnMapping("Keeper.firstName", "String", false, false,
								List.of("@Column(nullable = false)"), List.of(), null))),
				null, List.of(), List.of(), List.of());
		Table live = table("keeper", List.of(column("first_name", "varchar(40)", true)), null, List.of(), List.of(),
				List.of());
		assertThat(single(POSTGRES, snapshot(expected), snapshot(live)))
			.isEqualTo(new Finding(Severity.INFO, FindingKind.UNENFORCED_NOT_NULL, "keeper", "first_name",
					"Column keeper.first_name accepts null, but Keeper.firstName (String) is declared NOT NULL"
							+ " (@Column(nullable = false)): the database does not enforce it. Nothing fails; a null"
							+ " written by other code loads as a null String.",
					"ALTER TABLE keeper ALTER COLUMN first_name SET NOT NULL", FixRisk.RISKY));
	}

	@Test
	void nullableVersionColumnIsInfoSayingWhatANullVersionBreaks() {
		Table expected = table("keeper", List.of(mapped("version", "bigint", false,
				new ColumnMapping("Keeper.version", "Long", false, false, List.of("@Version"), List.of(), null))), null,
				List.of(), List.of(), List.of());
		Table live = table("keeper", List.of(column("version", "bigint", true)), null, List.of(), List.of(), List.of());
		assertThat(single(POSTGRES, snapshot(expected), snapshot(live)))
			.isEqualTo(new Finding(Severity.INFO, FindingKind.UNENFORCED_NOT_NULL, "keeper", "version",
					"Column keeper.version accepts null, but Keeper.version (Long) is declared NOT NULL (@Version):"
							+ " the database does not enforce it. A null written by other code loads, but then"
							+ " updating or deleting that entity fails, since Hibernate cannot step or compare a null"
							+ " version, and merging a detached copy of it inserts it again.",
					"ALTER TABLE keeper ALTER COLUMN version SET NOT NULL", FixRisk.RISKY));
	}

	@Test
	void nullableColumnTheEntityOnlyValidatesIsInfoNamingTheConstraint() {
		Table expected = table("owners", List.of(mapped("city", "varchar(255)", false,
				new ColumnMapping("Owner.city", "String", false, false, List.of(), List.of("@NotBlank"), null))), null,
				List.of(), List.of(), List.of());
		Table live = table("owners", List.of(column("city", "text", true)), null, List.of(), List.of(), List.of());
		Finding finding = single(POSTGRES, snapshot(expected), snapshot(live));
		assertThat(finding.kind()).isEqualTo(FindingKind.UNENFORCED_NOT_NULL);
		assertThat(finding.severity()).isEqualTo(Severity.INFO);
		assertThat(finding.message()).isEqualTo("Column owners.city accepts null, but Owner.city (String) is only"
				+ " validated as required (@NotBlank): the database does not enforce it. Nothing fails; a null"
				+ " written by other code loads as a null String.");
	}

	@Test
	void nullableColumnOfWhichNothingMoreIsKnownIsDeclaredByTheMapping() {
		Table expected = table("t", List.of(column("a", "integer", false), column("b", "integer", true)), null,
				List.of(), List.of(), List.of());
		Table live = table("t", List.of(column("a", "integer", true), column("b", "integer", false)), null, List.of(),
				List.of(), List.of());
		Findings findings = compare(POSTGRES, snapshot(expected), snapshot(live));
		assertThat(findings.stream().map((finding) -> finding.kind() + ": " + finding.message())).containsExactly(
				"NULLABILITY_MISMATCH: Column t.b is NOT NULL without a default, but the mapping may write null into"
						+ " it: saving a row with null in it fails.",
				"UNENFORCED_NOT_NULL: Column t.a accepts null, but the mapping declares it NOT NULL: the database"
						+ " does not enforce it. Nothing fails; a null written by other code loads as null.");
	}

	@Test
	void columnNarrowerThanTheDefaultLengthTheEntityLeavesUnstatedIsInfo() {
		ColumnMapping unstated = new ColumnMapping("Owner.firstName", "String", false, false, List.of(), List.of(),
				255);
		Table expected = table("owners",
				List.of(new Column("first_name",
						ColumnTypes.parse("varchar(255)", DatabaseFamily.POSTGRESQL).withStatedSizes(false, false),
						true, false, unstated)),
				null, List.of(), List.of(), List.of());
		Table live = table("owners", List.of(column("first_name", "varchar(10)", true)), null, List.of(), List.of(),
				List.of());
		assertThat(single(POSTGRES, snapshot(expected), snapshot(live)))
			.isEqualTo(new Finding(Severity.INFO, FindingKind.NARROWER_THAN_DEFAULT_LENGTH, "owners", "first_name",
					"Column owners.first_name holds at most 10 characters, but Owner.firstName (String) states no"
							+ " length, so Hibernate assumes 255: saving a longer value fails, or cuts it where the"
							+ " database truncates. State the limit in the entity: @Column(length = 10) or @Size(max ="
							+ " 10).",
					"ALTER TABLE owners ALTER COLUMN first_name TYPE varchar(255) USING first_name::varchar(255)",
					FixRisk.SAFE));
		Table wide = table("owners", List.of(column("first_name", "text", true)), null, List.of(), List.of(),
				List.of());
		assertThat(compare(POSTGRES, snapshot(expected), snapshot(wide))).isEmpty();
	}

	@Test
	void columnHibernateAlwaysWritesMayBeNotNullWhateverItsMappedNullability() {
		Column version = new Column("version", ColumnTypes.parse("integer", DatabaseFamily.POSTGRESQL), true, true);
		Table expected = table("t", List.of(version), null, List.of(), List.of(), List.of());
		Table live = table("t", List.of(column("version", "integer", false)), null, List.of(), List.of(), List.of());
		assertThat(compare(POSTGRES, snapshot(expected), snapshot(live))).isEmpty();
	}

	@Test
	void columnThatNoEntityMapsIsAnErrorWhenInsertsNeedItAndInfoOtherwise() {
		Table expected = table("t", List.of(column("a", "integer", true)), null, List.of(), List.of(), List.of());
		Table live = table("t",
				List.of(column("a", "integer", true), column("legacy", "varchar(10)", false),
						new Column("created", ColumnTypes.parse("date", DatabaseFamily.MYSQL), false, true),
						column("note", "varchar(40)", true)),
				null, List.of(), List.of(), List.of());
		assertThat(compare(MARIADB, snapshot(expected), snapshot(live)))
			.extracting(Finding::severity, Finding::kind, Finding::column, Finding::fix, Finding::fixRisk)
			.containsExactly(
					tuple(Severity.ERROR, FindingKind.UNMAPPED_REQUIRED_COLUMN, "legacy",
							"ALTER TABLE t MODIFY COLUMN legacy varchar(10) NULL", FixRisk.SAFE),
					tuple(Severity.INFO, FindingKind.UNMAPPED_COLUMN, "created", "ALTER TABLE t DROP COLUMN created",
							FixRisk.DESTRUCTIVE),
					tuple(Severity.INFO, FindingKind.UNMAPPED_COLUMN, "note", "ALTER TABLE t DROP COLUMN note",
							FixRisk.DESTRUCTIVE));
	}

	@Test
	void keysAndIndexesMatchByColumnsNotNames() {
		Table expected = table("t", List.of(column("a", "integer", false), column("b", "integer", false)), key("a"),
				List.of(new Key("uk_hibernate", List.of("b", "a"))), List.of(),
				List.of(new Index("idx_hibernate", List.of("b"), false)));
		Table live = table("t", List.of(column("a", "integer", false), column("b", "integer", false)), null, List.of(),
				List.of(),
				List.of(new Index("pk_by_hand", List.of("a"), true), new Index("ux_by_hand", List.of("a", "b"), true),
						new Index("wider_index", List.of("b", "a"), false)));
		assertThat(compare(POSTGRES, snapshot(expected), snapshot(live))).isEmpty();
	}

	@Test
	void indexWithOtherLeadingColumnDoesNotSatisfy() {
		Table expected = table("t", List.of(column("a", "integer", true), column("b", "integer", true)), null,
				List.of(), List.of(), List.of(new Index("idx", List.of("b"), false)));
		Table live = table("t", List.of(column("a", "integer", true), column("b", "integer", true)), null, List.of(),
				List.of(), List.of(new Index("other", List.of("a", "b"), false)));
		Finding finding = single(POSTGRES, snapshot(expected), snapshot(live));
		assertThat(finding.kind()).isEqualTo(FindingKind.MISSING_INDEX);
		assertThat(finding.severity()).isEqualTo(Severity.INFO);
		assertThat(finding.fix()).isEqualTo("CREATE INDEX CONCURRENTLY idx_t_b ON t (b)");
	}

	@Test
	void foreignKeyMatchesByColumnsAndReferencedTable() {
		ForeignKey wanted = new ForeignKey("fk_x", List.of("customer_id"), new QualifiedName("public", "customer"),
				List.of("id"));
		Table expected = table("purchase_order", List.of(column("customer_id", "bigint", true)), null, List.of(),
				List.of(wanted), List.of());
		Table liveWithKey = table("purchase_order", List.of(column("customer_id", "bigint", true)), null, List.of(),
				List.of(new ForeignKey("by_hand", List.of("customer_id"), new QualifiedName("public", "customer"),
						List.of("id"))),
				List.of());
		Table liveWithout = table("purchase_order", List.of(column("customer_id", "bigint", true)), null, List.of(),
				List.of(), List.of());
		Table customer = shop().tables().get(0);
		assertThat(compare(POSTGRES, snapshot(expected, customer), snapshot(liveWithKey, customer))).isEmpty();
		Finding finding = single(POSTGRES, snapshot(expected, customer), snapshot(liveWithout, customer));
		assertThat(finding.kind()).isEqualTo(FindingKind.MISSING_FOREIGN_KEY);
		assertThat(finding.fix()).isEqualTo("ALTER TABLE purchase_order ADD CONSTRAINT fk_purchase_order_customer_id"
				+ " FOREIGN KEY (customer_id) REFERENCES customer (id)");
	}

	@Test
	void columnNamesCompareCaseInsensitivelyWhereTheDatabaseDoes() {
		Table expected = table("t", List.of(column("Name", "varchar(10)", true)), null, List.of(), List.of(),
				List.of());
		Table live = table("t", List.of(column("name", "varchar(10)", true)), null, List.of(), List.of(), List.of());
		assertThat(compare(MARIADB, snapshot(expected), snapshot(live))).isEmpty();
		assertThat(compare(POSTGRES, snapshot(expected), snapshot(live)).stream().map(Finding::kind))
			.contains(FindingKind.MISSING_COLUMN);
	}

	@Test
	void unmappedTablesAreInfoAndMigrationToolTablesAreIgnored() {
		Table extra = table("audit_log", List.of(column("id", "bigint", false)), key("id"), List.of(), List.of(),
				List.of());
		Table flyway = table("flyway_schema_history", List.of(column("rank", "integer", false)), null, List.of(),
				List.of(), List.of());
		Table ignored = table("tmp_import", List.of(column("id", "bigint", false)), null, List.of(), List.of(),
				List.of());
		List<Table> liveTables = new ArrayList<>(shop().tables());
		liveTables.addAll(List.of(extra, flyway, ignored));
		Findings findings = new SchemaComparator(POSTGRES, new DriftOptions(List.of("tmp_*"))).compare(shop(),
				new SchemaSnapshot(liveTables, shop().sequences()));
		assertThat(findings.toList()).singleElement().satisfies((finding) -> {
			assertThat(finding.kind()).isEqualTo(FindingKind.UNMAPPED_TABLE);
			assertThat(finding.severity()).isEqualTo(Severity.INFO);
			assertThat(finding.fixRisk()).isEqualTo(FixRisk.DESTRUCTIVE);
		});
	}

	@Test
	void sequenceIncrementMustMatchTheGeneratorAllocation() {
		SchemaSnapshot live = new SchemaSnapshot(shop().tables(),
				List.of(new Sequence(new QualifiedName("public", "customer_seq"), 1L)));
		Finding finding = single(POSTGRES, shop(), live);
		assertThat(finding.kind()).isEqualTo(FindingKind.SEQUENCE_INCREMENT_MISMATCH);
		assertThat(finding.fix()).isEqualTo("ALTER SEQUENCE customer_seq INCREMENT BY 50");
	}

	@Test
	void tablesOutsideTheDefaultSchemaAreShownQualified() {
		Table expected = new Table(new QualifiedName("billing", "invoice"), List.of(column("id", "bigint", false)),
				key("id"), List.of(), List.of(), List.of());
		Finding finding = single(POSTGRES, snapshot(expected), snapshot());
		assertThat(finding.table()).isEqualTo("billing.invoice");
		assertThat(finding.fix()).startsWith("CREATE TABLE billing.invoice (");
	}

	private static SchemaSnapshot shop() {
		Table customer = table("customer",
				List.of(column("id", "bigint", false), column("email", "varchar(255)", true),
						column("name", "varchar(255)", false)),
				key("id"), List.of(new Key(null, List.of("email"))), List.of(),
				List.of(new Index(null, List.of("name"), false)));
		Table order = table("purchase_order",
				List.of(column("id", "bigint", false), column("customer_id", "bigint", true)), key("id"), List.of(),
				List.of(new ForeignKey(null, List.of("customer_id"), new QualifiedName("public", "customer"),
						List.of("id"))),
				List.of());
		return new SchemaSnapshot(List.of(customer, order),
				List.of(new Sequence(new QualifiedName("public", "customer_seq"), 50L)));
	}

	private static Table replaceCustomer(java.util.function.Consumer<List<Column>> change, Table customer) {
		List<Column> columns = new ArrayList<>(customer.columns());
		change.accept(columns);
		return new Table(customer.name(), columns, customer.primaryKey(), customer.uniqueKeys(), customer.foreignKeys(),
				customer.indexes());
	}

	private static Finding single(DatabaseInfo database, SchemaSnapshot expected, Table changedCustomer) {
		List<Table> tables = new ArrayList<>(expected.tables());
		tables.set(0, changedCustomer);
		return single(database, expected, new SchemaSnapshot(tables, expected.sequences()));
	}

	private static Finding single(DatabaseInfo database, SchemaSnapshot expected, SchemaSnapshot live) {
		Findings findings = compare(database, expected, live);
		assertThat(findings.toList()).hasSize(1);
		return findings.toList().get(0);
	}

	private static Findings compare(DatabaseInfo database, SchemaSnapshot expected, SchemaSnapshot live) {
		return new SchemaComparator(database, DriftOptions.DEFAULTS).compare(expected, live);
	}

	private static SchemaSnapshot snapshot(Table... tables) {
		return new SchemaSnapshot(List.of(tables), List.of());
	}

	private static Table table(String name, List<Column> columns, Key primaryKey, List<Key> uniqueKeys,
			List<ForeignKey> foreignKeys, List<Index> indexes) {
		return new Table(new QualifiedName("public", name), columns, primaryKey, uniqueKeys, foreignKeys, indexes);
	}

	private static Column column(String name, String type, boolean nullable) {
		return new Column(name, ColumnTypes.parse(type, DatabaseFamily.POSTGRESQL), nullable, false);
	}

	private static Column mapped(String name, String type, boolean nullable, ColumnMapping mapping) {
		return new Column(name, ColumnTypes.parse(type, DatabaseFamily.POSTGRESQL), nullable, false, mapping);
	}

	private static Key key(String... columns) {
		return new Key(null, List.of(columns));
	}

}

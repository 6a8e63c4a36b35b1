package dev.startupguard.drift;

import java.util.List;

import dev.startupguard.report.FindingKind;
import dev.startupguard.schema.ForeignKey;
import dev.startupguard.schema.Index;
import dev.startupguard.schema.Key;

/**
 * The mutation corpus: for every kind of schema drift, a change to the type zoo's schema
 * (as Hibernate created it) that must cause exactly one finding of that kind.
 */
final class ZooMutations {

	private ZooMutations() {
	}

	static List<ZooMutation> all() {
		return List.of(
				new ZooMutation("table visit dropped", FindingKind.MISSING_TABLE, "visit", null,
						(db) -> List.of("DROP TABLE " + db.name("visit"))),
				new ZooMutation("nullable column ticket.refunded dropped", FindingKind.MISSING_COLUMN, "ticket",
						"refunded",
						(db) -> List.of("ALTER TABLE " + db.name("ticket") + " DROP COLUMN " + db.name("refunded"))),
				new ZooMutation("NOT NULL column measurement.steps dropped", FindingKind.MISSING_COLUMN, "measurement",
						"steps",
						(db) -> List.of("ALTER TABLE " + db.name("measurement") + " DROP COLUMN " + db.name("steps"))),
				new ZooMutation("integer measurement.heart_rate turned into varchar", FindingKind.TYPE_MISMATCH,
						"measurement", "heart_rate",
						(db) -> List
							.of(db.alterType(db.name("measurement"), db.name("heart_rate"), "varchar(20)", false))),
				new ZooMutation("supplier.name (length 100) narrowed to 50", FindingKind.NARROWER_COLUMN, "supplier",
						"name",
						(db) -> List.of(db.alterType(db.name("supplier"), db.name("name"), "varchar(50)", false))),
				new ZooMutation("nullable ticket.user made NOT NULL", FindingKind.NULLABILITY_MISMATCH, "ticket",
						"user",
						(db) -> List.of(db.setNullable(db.name("ticket"), db.quoted("user"), "varchar(40)", false))),
				new ZooMutation("NOT NULL keeper.first_name (declared nullable = false) made nullable",
						FindingKind.UNENFORCED_NOT_NULL, "keeper", "first_name",
						(db) -> List.of(db.setNullable(db.name("keeper"), db.name("first_name"), "varchar(40)", true))),
				new ZooMutation("NOT NULL keeper.nickname (validated @NotBlank) made nullable",
						FindingKind.UNENFORCED_NOT_NULL, "keeper", "nickname",
						(db) -> List.of(db.setNullable(db.name("keeper"), db.name("nickname"), "varchar(60)", true))),
				new ZooMutation("keeper.nickname (@Size(max = 60)) narrowed to 30", FindingKind.NARROWER_COLUMN,
						"keeper", "nickname",
						(db) -> List.of(db.alterType(db.name("keeper"), db.name("nickname"), "varchar(30)", false))),
				new ZooMutation("NOT NULL measurement.heart_rate (a primitive int) made nullable",
						FindingKind.NULLABLE_PRIMITIVE_COLUMN, "measurement", "heart_rate",
						(db) -> List.of(db.setNullable(db.name("measurement"), db.name("heart_rate"), "int", true))),
				new ZooMutation("NOT NULL measurement.animal_id (a required @ManyToOne) made nullable",
						FindingKind.NULLABLE_REQUIRED_ASSOCIATION, "measurement", "animal_id",
						(db) -> List.of(db.setNullable(db.name("measurement"), db.name("animal_id"), "bigint", true))),
				new ZooMutation("supplier.shipping_street (no stated length) narrowed to 100",
						FindingKind.NARROWER_THAN_DEFAULT_LENGTH, "supplier", "shipping_street",
						(db) -> List
							.of(db.alterType(db.name("supplier"), db.name("shipping_street"), "varchar(100)", true))),
				new ZooMutation("NOT NULL column without default added to supplier",
						FindingKind.UNMAPPED_REQUIRED_COLUMN, "supplier", "legacy_code",
						(db) -> List.of("ALTER TABLE " + db.name("supplier") + " ADD COLUMN " + db.name("legacy_code")
								+ " varchar(10) NOT NULL")),
				new ZooMutation("nullable column added to supplier", FindingKind.UNMAPPED_COLUMN, "supplier",
						"legacy_note",
						(db) -> List.of("ALTER TABLE " + db.name("supplier") + " ADD COLUMN " + db.name("legacy_note")
								+ " varchar(40)")),
				new ZooMutation("sequence supplier_seq dropped", FindingKind.MISSING_SEQUENCE, null, null,
						(db) -> List.of("DROP SEQUENCE " + db.name("supplier_seq"))),
				new ZooMutation("sequence animal_seq steps by 1", FindingKind.SEQUENCE_INCREMENT_MISMATCH, null, null,
						(db) -> List.of("ALTER SEQUENCE " + db.name("animal_seq") + " INCREMENT BY 1")),
				new ZooMutation("unique constraint on enclosure.code dropped", FindingKind.MISSING_UNIQUE_CONSTRAINT,
						"enclosure", "code",
						(db) -> db.table("enclosure")
							.uniqueKeys()
							.stream()
							.filter((key) -> key.columns().equals(List.of(db.name("code"))))
							.map(Key::name)
							.map((name) -> db.dropUnique(db.name("enclosure"), name))
							.toList()),
				new ZooMutation("foreign key from feeding.animal_id dropped", FindingKind.MISSING_FOREIGN_KEY,
						"feeding", "animal_id",
						(db) -> db.table("feeding")
							.foreignKeys()
							.stream()
							.map(ForeignKey::name)
							.map((name) -> db.dropForeignKey(db.name("feeding"), name))
							.toList()),
				new ZooMutation("index on animal.name dropped", FindingKind.MISSING_INDEX, "animal", "name",
						(db) -> db.table("animal")
							.indexes()
							.stream()
							.filter((index) -> index.columns().equals(List.of(db.name("name"))))
							.map(Index::name)
							.map((name) -> db.dropIndex(db.name("animal"), name))
							.toList()),
				new ZooMutation("table that no entity maps added", FindingKind.UNMAPPED_TABLE, "legacy_report", null,
						(db) -> List.of("CREATE TABLE " + db.name("legacy_report") + " (id integer)")));
	}

}

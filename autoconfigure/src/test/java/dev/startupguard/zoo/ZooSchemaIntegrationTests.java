package dev.startupguard.zoo;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.function.Consumer;

import org.hibernate.Session;
import org.hibernate.SessionFactory;
import org.hibernate.boot.Metadata;
import org.hibernate.boot.model.relational.Namespace;
import org.hibernate.mapping.Table;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestInstance.Lifecycle;

import dev.startupguard.testdb.TestDatabase;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Contract test of the type zoo, run on every database by a subclass: Hibernate creates
 * the zoo's schema, the hand-written script creates the same tables, and Hibernate works
 * on the hand-written schema.
 */
@TestInstance(Lifecycle.PER_CLASS)
abstract class ZooSchemaIntegrationTests {

	private TestDatabase database;

	private Metadata metadata;

	/**
	 * Create the scratch database for this test class.
	 * @return a fresh database
	 */
	abstract TestDatabase createDatabase();

	/**
	 * Return the classpath location of the hand-written schema script.
	 * @return the script
	 */
	abstract String script();

	@BeforeAll
	void createDatabaseAndMetadata() {
		this.database = createDatabase();
		this.metadata = ZooMapping.metadata(this.database);
	}

	@AfterAll
	void closeDatabase() {
		try {
			if (this.metadata != null) {
				ZooMapping.close(this.metadata);
			}
		}
		finally {
			this.database.close();
		}
	}

	@BeforeEach
	void emptyDatabase() {
		ZooMapping.dropAll(this.database);
	}

	@Test
	void hibernateCreatesTheZooSchema() throws SQLException {
		ZooMapping.createSchema(this.metadata);
		assertThat(liveTableNames()).isEqualTo(mappedTableNames()).hasSize(18).contains("GuestBook", "order");
	}

	@Test
	void handWrittenScriptCreatesTheSameTablesAsHibernate() throws SQLException {
		ZooMapping.createSchema(this.metadata);
		Set<String> byHibernate = lowerCase(liveTableNames());
		ZooMapping.dropAll(this.database);
		ZooMapping.runScript(this.database, script());
		assertThat(lowerCase(liveTableNames())).isEqualTo(byHibernate).isEqualTo(lowerCase(mappedTableNames()));
	}

	@Test
	void hibernateWorksOnTheHandWrittenSchema() {
		ZooMapping.runScript(this.database, script());
		SessionFactory sessionFactory = ZooMapping.sessionFactory(this.metadata);
		Zoo saved = new Zoo();
		sessionFactory.inTransaction(saved::persist);
		sessionFactory.inTransaction((session) -> saved.assertReloaded(session));
	}

	private Set<String> liveTableNames() throws SQLException {
		Set<String> names = new TreeSet<>();
		try (Connection connection = this.database.dataSource().getConnection()) {
			DatabaseMetaData metaData = connection.getMetaData();
			try (ResultSet tables = metaData.getTables(connection.getCatalog(), connection.getSchema(), "%",
					new String[] { "TABLE" })) {
				while (tables.next()) {
					names.add(tables.getString("TABLE_NAME"));
				}
			}
		}
		return names;
	}

	/**
	 * Return the physical tables in Hibernate's metadata, each named as the database
	 * stores it: quoted names as written, unquoted ones case-folded the database's way.
	 */
	private Set<String> mappedTableNames() throws SQLException {
		Set<String> names = new TreeSet<>();
		try (Connection connection = this.database.dataSource().getConnection()) {
			DatabaseMetaData metaData = connection.getMetaData();
			for (Namespace namespace : this.metadata.getDatabase().getNamespaces()) {
				for (Table table : namespace.getTables()) {
					if (table.isPhysicalTable()) {
						names.add(storedName(metaData, table));
					}
				}
			}
		}
		return names;
	}

	private static String storedName(DatabaseMetaData metaData, Table table) throws SQLException {
		String name = table.getName();
		if (table.isQuoted()) {
			return name;
		}
		if (metaData.storesUpperCaseIdentifiers()) {
			return name.toUpperCase(Locale.ROOT);
		}
		return metaData.storesLowerCaseIdentifiers() ? name.toLowerCase(Locale.ROOT) : name;
	}

	private static Set<String> lowerCase(Set<String> names) {
		Set<String> lowerCase = new TreeSet<>();
		names.forEach((name) -> lowerCase.add(name.toLowerCase(Locale.ROOT)));
		return lowerCase;
	}

	/**
	 * One instance of every zoo entity, persisted and then compared with what a new
	 * session reads back.
	 */
	private static final class Zoo {

		private final Aquarium aquarium = new Aquarium();

		private final Aviary aviary = new Aviary();

		private final Keeper keeper = new Keeper();

		private final Mammal mammal = new Mammal();

		private final Bird bird = new Bird();

		private final Supplier supplier = new Supplier();

		private final Order order = new Order();

		private final OrderLine line = new OrderLine();

		private final Measurement measurement = new Measurement();

		private final Feeding feeding = new Feeding();

		private final Ticket ticket = new Ticket();

		private final MedicalRecord record = new MedicalRecord();

		private final Visit visit = new Visit();

		private final GuestBookEntry entry = new GuestBookEntry();

		Zoo() {
			this.aquarium.code = "A1";
			this.aquarium.area = 120.5;
			this.aquarium.volume = new BigDecimal("1234567890.12");
			this.aquarium.saltWater = true;
			this.aviary.code = "B1";
			this.aviary.height = new BigDecimal("12.50");
			this.keeper.firstName = "Ada";
			this.keeper.nickname = "Ada";
			this.keeper.displayName = "Ada L.";
			this.keeper.email = "ada@example.com";
			this.keeper.active = true;
			this.keeper.onCall = Boolean.FALSE;
			this.keeper.skills.add("feeding");
			this.keeper.skills.add("diving");
			this.mammal.name = "Otto";
			this.mammal.born = LocalDate.of(2019, 4, 1);
			this.mammal.enclosure = this.aquarium;
			this.mammal.legs = 4;
			this.mammal.nocturnal = true;
			this.bird.name = "Polly";
			this.bird.enclosure = this.aviary;
			this.bird.favouriteKeeper = this.keeper;
			this.bird.wingspan = 1.5f;
			this.keeper.animals.add(this.mammal);
			this.supplier.name = "Fish & Co";
			this.supplier.billing = new Address("Quay 1", "Hamburg", "20457");
			this.supplier.shipping = new Address(null, "Kiel", null);
			this.supplier.depots.add(new Address("Dock 7", "Bremen", "28195"));
			this.order.supplier = this.supplier;
			this.order.placedAt = Instant.parse("2026-03-01T10:15:30.123456Z");
			this.order.value = new BigDecimal("99.95");
			this.order.status = OrderStatus.SHIPPED;
			this.line.order = this.order;
			this.line.id = new OrderLineId(null, 1);
			this.line.article = "Herring";
			this.line.quantity = 12;
			this.line.unitPrice = new BigDecimal("8.33");
			this.measurement.animal = this.mammal;
			this.measurement.heartRate = 72;
			this.measurement.breaths = 16;
			this.measurement.steps = 12_345_678_901L;
			this.measurement.temperature = 385;
			this.measurement.teeth = 42;
			this.measurement.cost = new BigDecimal("1234567890.12");
			this.measurement.ratio = new BigDecimal("0.25");
			this.measurement.cells = new BigInteger("123456789012345678901234567890");
			this.measurement.weight = 212.25;
			this.measurement.height = 1.25f;
			this.feeding.animal = this.mammal;
			this.feeding.fedOn = LocalDate.of(2026, 3, 1);
			this.feeding.time = LocalTime.of(9, 30, 15);
			this.feeding.localStart = LocalDateTime.of(2026, 3, 1, 9, 30, 15, 123_456_000);
			this.feeding.recordedAt = Instant.parse("2026-03-01T09:31:00.654321Z");
			this.feeding.plannedAt = OffsetDateTime.of(2026, 3, 1, 10, 30, 0, 0, ZoneOffset.ofHours(1));
			this.feeding.confirmedAt = ZonedDateTime.of(2026, 3, 1, 9, 45, 0, 0, ZoneOffset.UTC);
			this.feeding.duration = Duration.ofMinutes(90);
			this.ticket.barcode = UUID.fromString("6f1c2a3e-8b9d-4e5f-a1b2-c3d4e5f60718");
			this.ticket.type = TicketType.FAMILY;
			this.ticket.validOn = DayOfWeek.SATURDAY;
			this.ticket.soldAt = Instant.parse("2026-02-28T16:00:00Z");
			this.ticket.price = new BigDecimal("49.90");
			this.ticket.used = true;
			this.ticket.refunded = Boolean.FALSE;
			this.ticket.user = "kiosk";
			this.ticket.extras = Map.of("parking", true, "guests", 3);
			this.ticket.rawJson = "{\"note\":\"gift\"}";
			this.record.animal = this.bird;
			this.record.title = "Annual check";
			this.record.code = "AC-2026";
			this.record.summary = "x".repeat(2000);
			this.record.grade = 'A';
			this.record.initial = 'P';
			this.record.notes = "Healthy";
			this.record.history = "h".repeat(100_000);
			this.record.xray = new byte[] { 0, 1, 2, (byte) 0xff };
			this.visit.visitDate = LocalDate.of(2026, 3, 1);
			this.visit.gate = "north";
			this.visit.visitors = 1200;
			this.entry.message = "Lovely otters";
			this.entry.signedBy = "Grace";
			this.entry.writtenAt = LocalDateTime.of(2026, 3, 1, 12, 0);
		}

		void persist(Session session) {
			List.of(this.aquarium, this.aviary, this.keeper, this.mammal, this.bird, this.supplier, this.order)
				.forEach(session::persist);
			session.flush();
			List.of(this.line, this.measurement, this.feeding, this.ticket, this.record, this.visit, this.entry)
				.forEach(session::persist);
		}

		void assertReloaded(Session session) {
			reload(session, Aquarium.class, this.aquarium.id, (aquarium) -> {
				assertThat(aquarium.code).isEqualTo("A1");
				assertThat(aquarium.volume).isEqualTo(this.aquarium.volume);
				assertThat(aquarium.saltWater).isTrue();
			});
			reload(session, Aviary.class, this.aviary.id,
					(aviary) -> assertThat(aviary.height).isEqualByComparingTo(this.aviary.height));
			reload(session, Keeper.class, this.keeper.id, (keeper) -> {
				assertThat(keeper.nickname).isEqualTo("Ada");
				assertThat(keeper.displayName).isEqualTo("Ada L.");
				assertThat(keeper.active).isTrue();
				assertThat(keeper.onCall).isFalse();
				assertThat(keeper.skills).containsExactlyInAnyOrder("feeding", "diving");
				assertThat(keeper.animals).extracting((animal) -> animal.name).containsExactly("Otto");
			});
			reload(session, Mammal.class, this.mammal.id, (mammal) -> {
				assertThat(mammal.legs).isEqualTo(4);
				assertThat(mammal.nocturnal).isTrue();
				assertThat(mammal.born).isEqualTo(this.mammal.born);
				assertThat(mammal.enclosure.code).isEqualTo("A1");
			});
			reload(session, Bird.class, this.bird.id, (bird) -> {
				assertThat(bird.wingspan).isEqualTo(1.5f);
				assertThat(bird.favouriteKeeper.firstName).isEqualTo("Ada");
			});
			reload(session, Supplier.class, this.supplier.id, (supplier) -> {
				assertThat(supplier.billing.city).isEqualTo("Hamburg");
				assertThat(supplier.shipping.city).isEqualTo("Kiel");
				assertThat(supplier.depots).extracting((depot) -> depot.street).containsExactly("Dock 7");
			});
			reload(session, OrderLine.class, new OrderLineId(this.order.id, 1), (line) -> {
				assertThat(line.order.placedAt).isEqualTo(this.order.placedAt);
				assertThat(line.order.value).isEqualTo(this.order.value);
				assertThat(line.order.status).isEqualTo(OrderStatus.SHIPPED);
				assertThat(line.unitPrice).isEqualTo(this.line.unitPrice);
			});
			reload(session, Measurement.class, this.measurement.id, (measurement) -> {
				assertThat(measurement.heartRate).isEqualTo(72);
				assertThat(measurement.breaths).isEqualTo(16);
				assertThat(measurement.steps).isEqualTo(this.measurement.steps);
				assertThat(measurement.temperature).isEqualTo(this.measurement.temperature);
				assertThat(measurement.teeth).isEqualTo(this.measurement.teeth);
				assertThat(measurement.cost).isEqualTo(this.measurement.cost);
				assertThat(measurement.ratio).isEqualByComparingTo(this.measurement.ratio);
				assertThat(measurement.cells).isEqualTo(this.measurement.cells);
				assertThat(measurement.weight).isEqualTo(this.measurement.weight);
				assertThat(measurement.height).isEqualTo(this.measurement.height);
			});
			reload(session, Feeding.class, this.feeding.id, (feeding) -> {
				assertThat(feeding.fedOn).isEqualTo(this.feeding.fedOn);
				assertThat(feeding.time).isEqualTo(this.feeding.time);
				assertThat(feeding.localStart).isEqualTo(this.feeding.localStart);
				assertThat(feeding.recordedAt).isEqualTo(this.feeding.recordedAt);
				assertThat(feeding.plannedAt).isAtSameInstantAs(this.feeding.plannedAt);
				assertThat(feeding.confirmedAt.toInstant()).isEqualTo(this.feeding.confirmedAt.toInstant());
				assertThat(feeding.duration).isEqualTo(this.feeding.duration);
			});
			reload(session, Ticket.class, this.ticket.id, (ticket) -> {
				assertThat(ticket.barcode).isEqualTo(this.ticket.barcode);
				assertThat(ticket.type).isEqualTo(TicketType.FAMILY);
				assertThat(ticket.validOn).isEqualTo(DayOfWeek.SATURDAY);
				assertThat(ticket.soldAt).isEqualTo(this.ticket.soldAt);
				assertThat(ticket.price).isEqualTo(this.ticket.price);
				assertThat(ticket.used).isTrue();
				assertThat(ticket.refunded).isFalse();
				assertThat(ticket.user).isEqualTo("kiosk");
				assertThat(ticket.extras).containsOnly(Map.entry("parking", true), Map.entry("guests", 3));
				assertThat(ticket.rawJson).isEqualToIgnoringWhitespace(this.ticket.rawJson);
			});
			reload(session, MedicalRecord.class, this.record.id, (record) -> {
				assertThat(record.animal.name).isEqualTo("Polly");
				assertThat(record.summary).isEqualTo(this.record.summary);
				assertThat(record.grade).isEqualTo('A');
				assertThat(record.initial).isEqualTo('P');
				assertThat(record.notes).isEqualTo("Healthy");
				assertThat(record.history).isEqualTo(this.record.history);
				assertThat(record.xray).containsExactly(this.record.xray);
			});
			reload(session, Visit.class, new VisitId(this.visit.visitDate, "north"),
					(visit) -> assertThat(visit.visitors).isEqualTo(1200));
			reload(session, GuestBookEntry.class, this.entry.id, (entry) -> {
				assertThat(entry.signedBy).isEqualTo("Grace");
				assertThat(entry.writtenAt).isEqualTo(this.entry.writtenAt);
			});
		}

		private static <T> void reload(Session session, Class<T> type, Object id, Consumer<T> assertions) {
			T reloaded = session.find(type, id);
			assertThat(reloaded).as("%s %s", type.getSimpleName(), id).isNotNull();
			assertions.accept(reloaded);
		}

	}

}

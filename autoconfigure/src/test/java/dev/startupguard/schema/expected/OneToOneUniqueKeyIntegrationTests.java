package dev.startupguard.schema.expected;

import java.util.List;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OneToOne;
import jakarta.persistence.Table;
import org.hibernate.Session;
import org.hibernate.SessionFactory;
import org.hibernate.boot.Metadata;
import org.junit.jupiter.api.Test;

import dev.startupguard.check.UnitChecks;
import dev.startupguard.report.Finding;
import dev.startupguard.testdb.TestDatabase;
import dev.startupguard.zoo.ZooMapping;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatException;

/**
 * The join column of a {@code @OneToOne}, which Hibernate's DDL makes unique, in a schema
 * without that unique key. Where no entity maps the other side, rows sharing a target
 * load and query as usual, so the missing key is only worth knowing; where an inverse
 * {@code mappedBy} side exists, loading it fails on such rows, and where the entity
 * declares the column unique itself, the key is required as any declared one.
 */
class OneToOneUniqueKeyIntegrationTests {

	@Test
	void missingKeyOfAOneToOneIsInfoOnlyWhereNothingLoadsByIt() {
		try (TestDatabase database = TestDatabase.h2("one-to-one")) {
			Metadata metadata = ZooMapping.metadata(database,
					List.of(Seat.class, Ticket.class, Locker.class, Member.class, Door.class, Badge.class));
			try {
				database.execute("create table seat (id bigint primary key)",
						"create table ticket (id bigint primary key, seat_id bigint references seat (id))",
						"create table locker (id bigint primary key)",
						"create table member (id bigint primary key, locker_id bigint references locker (id))",
						"create table door (id bigint primary key)",
						"create table badge (id bigint primary key, door_id bigint references door (id))",
						"insert into seat values (1)", "insert into ticket values (1, 1), (2, 1)",
						"insert into locker values (1)", "insert into member values (1, 1), (2, 1)");
				List<Finding> findings = UnitChecks
					.run("one-to-one", database.dataSource(), new HibernateExpectedSchema(metadata))
					.findings()
					.toList();
				assertThat(findings)
					.extracting((finding) -> finding.severity() + " " + finding.kind() + " " + finding.column())
					.containsExactlyInAnyOrder("INFO UNENFORCED_ONE_TO_ONE SEAT_ID",
							"WARNING MISSING_UNIQUE_CONSTRAINT LOCKER_ID", "WARNING MISSING_UNIQUE_CONSTRAINT DOOR_ID");
				assertThat(findings).filteredOn((finding) -> "SEAT_ID".equals(finding.column()))
					.singleElement()
					.satisfies((finding) -> assertThat(finding.message()).contains("Ticket.seat")
						.contains("Nothing fails"));
				SessionFactory sessionFactory = ZooMapping.sessionFactory(metadata);
				try (Session session = sessionFactory.openSession()) {
					assertThat(session.find(Ticket.class, 1L).seat.id).isEqualTo(1L);
					assertThat(session.find(Ticket.class, 2L).seat.id).isEqualTo(1L);
					assertThat(session.createQuery("from Ticket t where t.seat.id = 1", Ticket.class).getResultList())
						.hasSize(2);
				}
				try (Session session = sessionFactory.openSession()) {
					assertThatException().isThrownBy(() -> session.find(Locker.class, 1L).member.id.toString());
				}
			}
			finally {
				ZooMapping.close(metadata);
			}
		}
	}

	@Entity(name = "Seat")
	@Table(name = "seat")
	static class Seat {

		@Id
		Long id;

	}

	@Entity(name = "Ticket")
	@Table(name = "ticket")
	static class Ticket {

		@Id
		Long id;

		@OneToOne
		Seat seat;

	}

	@Entity(name = "Locker")
	@Table(name = "locker")
	static class Locker {

		@Id
		Long id;

		@OneToOne(mappedBy = "locker")
		Member member;

	}

	@Entity(name = "Member")
	@Table(name = "member")
	static class Member {

		@Id
		Long id;

		@OneToOne
		Locker locker;

	}

	@Entity(name = "Door")
	@Table(name = "door")
	static class Door {

		@Id
		Long id;

	}

	@Entity(name = "Badge")
	@Table(name = "badge")
	static class Badge {

		@Id
		Long id;

		@OneToOne
		@JoinColumn(unique = true)
		Door door;

	}

}

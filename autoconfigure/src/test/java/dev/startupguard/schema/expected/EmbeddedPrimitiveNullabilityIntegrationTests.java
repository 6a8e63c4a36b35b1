package dev.startupguard.schema.expected;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

import jakarta.persistence.Column;
import jakarta.persistence.DiscriminatorValue;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embeddable;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Inheritance;
import jakarta.persistence.InheritanceType;
import jakarta.persistence.Table;
import org.hibernate.Session;
import org.hibernate.boot.Metadata;
import org.junit.jupiter.api.Test;

import dev.startupguard.check.UnitChecks;
import dev.startupguard.report.Finding;
import dev.startupguard.testdb.TestDatabase;
import dev.startupguard.zoo.ZooMapping;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatException;

/**
 * A primitive inside an embedded object, which Hibernate 7 maps nullable: it writes null
 * there only for a null object, and loads a row whose columns of the object are all null
 * as a null object, but fails on a null in the primitive beside a value in another
 * column. So a NOT NULL column for it is no mismatch, a nullable one is how a null object
 * is stored, and only where another column of the object is NOT NULL (the object is never
 * null) does a null fail to load. The same holds of a primitive under a {@code @Column},
 * which Hibernate maps nullable too.
 */
class EmbeddedPrimitiveNullabilityIntegrationTests {

	@Test
	void primitiveOfAnEmbeddedObjectIsReportedOnlyWhereANullInItFailsToLoad() {
		try (TestDatabase database = TestDatabase.h2("embedded-primitive")) {
			Metadata metadata = ZooMapping.metadata(database, List.of(Strict.class, Optional.class, Present.class,
					Shape.class, Circle.class, Album.class, Stamped.class));
			try {
				database.execute("create table strict (id bigint primary key, rank int not null, label varchar(255))",
						"create table optional (id bigint primary key, rank int, label varchar(255))",
						"create table present (id bigint primary key, rank int, label varchar(255) not null)",
						"create table shape (id bigint primary key, dtype varchar(31) not null, rank int,"
								+ " label varchar(255))",
						"create table album (id bigint primary key)",
						"create table album_tracks (album_id bigint not null references album (id),"
								+ " rank int not null, label varchar(255), unique (album_id, rank, label))",
						"create table stamped (id bigint primary key, created bigint not null, counter int)",
						"insert into optional values (1, null, null)", "insert into present values (1, null, 'x')");
				List<Finding> findings = UnitChecks
					.run("embedded", database.dataSource(), new HibernateExpectedSchema(metadata))
					.findings()
					.toList();
				assertThat(findings)
					.extracting((finding) -> finding.severity() + " " + finding.kind() + " " + finding.table() + "."
							+ finding.column())
					.containsExactlyInAnyOrder("WARNING NULLABLE_PRIMITIVE_COLUMN PRESENT.RANK",
							"WARNING NULLABLE_PRIMITIVE_COLUMN STAMPED.COUNTER",
							"WARNING NULLABILITY_MISMATCH PRESENT.LABEL");
				assertThat(findings).filteredOn((finding) -> "RANK".equals(finding.column()))
					.singleElement()
					.extracting(Finding::message)
					.asString()
					.contains("Present.position.rank is a primitive int")
					.contains("another column of Present.position is NOT NULL");
				try (Session session = ZooMapping.sessionFactory(metadata).openSession()) {
					assertThat(session.find(Optional.class, 1L).position).isNull();
					assertThatException().isThrownBy(() -> session.find(Present.class, 1L));
				}
			}
			finally {
				ZooMapping.close(metadata);
			}
		}
	}

	@Embeddable
	static class Position {

		int rank;

		String label;

	}

	@Entity(name = "Strict")
	@Table(name = "strict")
	static class Strict {

		@Id
		Long id;

		@Embedded
		Position position;

	}

	@Entity(name = "Optional")
	@Table(name = "optional")
	static class Optional {

		@Id
		Long id;

		@Embedded
		Position position;

	}

	@Entity(name = "Present")
	@Table(name = "present")
	static class Present {

		@Id
		Long id;

		@Embedded
		Position position;

	}

	@Entity(name = "Shape")
	@Table(name = "shape")
	@Inheritance(strategy = InheritanceType.SINGLE_TABLE)
	static class Shape {

		@Id
		Long id;

	}

	@Entity(name = "Circle")
	@DiscriminatorValue("Circle")
	static class Circle extends Shape {

		@Embedded
		Position position;

	}

	@Entity(name = "Stamped")
	@Table(name = "stamped")
	static class Stamped {

		@Id
		Long id;

		@Column(updatable = false)
		long created;

		@Column
		int counter;

	}

	@Entity(name = "Album")
	@Table(name = "album")
	static class Album {

		@Id
		Long id;

		@ElementCollection
		Set<Position> tracks = new HashSet<>();

	}

}

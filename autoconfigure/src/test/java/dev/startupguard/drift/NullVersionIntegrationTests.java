package dev.startupguard.drift;

import java.util.List;
import java.util.Map;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.hibernate.Session;
import org.hibernate.SessionFactory;
import org.hibernate.boot.Metadata;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import dev.startupguard.check.UnitChecks;
import dev.startupguard.report.FindingKind;
import dev.startupguard.report.Severity;
import dev.startupguard.schema.DatabaseFamily;
import dev.startupguard.schema.expected.HibernateExpectedSchema;
import dev.startupguard.testdb.TestDatabase;
import dev.startupguard.zoo.ZooMapping;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatException;

/**
 * A version column that accepts null, as ThingsBoard and Spring Cloud Data Flow ship
 * theirs: what Hibernate really does with a row whose version another hand left null, and
 * that the finding says so instead of "nothing fails".
 */
class NullVersionIntegrationTests {

	@ParameterizedTest
	@EnumSource(value = DatabaseFamily.class, names = { "POSTGRESQL", "MYSQL", "H2" })
	void rowWithANullVersionLoadsButCannotBeUpdatedDeletedOrMerged(DatabaseFamily family) {
		try (TestDatabase database = TestDatabase.create(family, "nullversion")) {
			Metadata metadata = ZooMapping.metadata(database, List.of(Document.class), Map.of());
			try {
				database.execute(
						"create table document (id bigint not null primary key, title varchar(255),"
								+ " version bigint)",
						"insert into document (id, title, version) values (1, 'draft', null)");
				assertThat(UnitChecks.run("version", database.dataSource(), new HibernateExpectedSchema(metadata))
					.findings()
					.toList()).singleElement().satisfies((finding) -> {
						assertThat(finding.kind()).isEqualTo(FindingKind.UNENFORCED_NOT_NULL);
						assertThat(finding.severity()).isEqualTo(Severity.INFO);
						assertThat(finding.column()).isEqualToIgnoringCase("version");
						assertThat(finding.message()).contains("@Version")
							.contains("updating or deleting that entity fails")
							.contains("merging a detached copy of it inserts it again")
							.doesNotContain("Nothing fails");
					});
				SessionFactory sessionFactory = ZooMapping.sessionFactory(metadata);
				try (Session session = sessionFactory.openSession()) {
					assertThat(session.find(Document.class, 1L).version).isNull();
				}
				assertThatException().isThrownBy(() -> sessionFactory
					.inTransaction((session) -> session.find(Document.class, 1L).title = "final"));
				assertThatException().isThrownBy(() -> sessionFactory
					.inTransaction((session) -> session.remove(session.find(Document.class, 1L))));
				Document detached;
				try (Session session = sessionFactory.openSession()) {
					detached = session.find(Document.class, 1L);
				}
				detached.title = "merged";
				assertThatException()
					.isThrownBy(() -> sessionFactory.inTransaction((session) -> session.merge(detached)))
					.withStackTraceContaining("insert into document");
			}
			finally {
				ZooMapping.close(metadata);
			}
		}
	}

	@Entity
	@Table(name = "document")
	static class Document {

		@Id
		Long id;

		String title;

		// NOT NULL on every Hibernate 7 line, which differ on a plain Long version
		@Version
		@Column(nullable = false)
		Long version;

	}

}

package dev.startupguard.drift;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.hibernate.Session;
import org.hibernate.SessionFactory;
import org.hibernate.boot.Metadata;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import dev.startupguard.check.UnitChecks;
import dev.startupguard.report.Finding;
import dev.startupguard.report.FindingKind;
import dev.startupguard.report.Severity;
import dev.startupguard.schema.DatabaseFamily;
import dev.startupguard.schema.expected.HibernateExpectedSchema;
import dev.startupguard.testdb.TestDatabase;
import dev.startupguard.zoo.ZooMapping;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

/**
 * A {@code byte[]} attribute in a text column, as eladmin stores a stack trace: what each
 * database really does with the bytes Hibernate binds, and that the finding says so.
 * MySQL, MariaDB and H2 keep bytes that are text in the column's character set and refuse
 * or replace others; PostgreSQL stores every value as its hex text.
 */
class BytesInTextColumnIntegrationTests {

	private static final byte[] TEXT = "Exception: é ✓".getBytes(StandardCharsets.UTF_8);

	private static final byte[] NOT_TEXT = { (byte) 0xff, (byte) 0xfe, 0, 1 };

	@ParameterizedTest
	@EnumSource(value = DatabaseFamily.class, names = { "POSTGRESQL", "MYSQL", "H2" })
	void findingTellsWhatTheDatabaseDoesWithTheBytes(DatabaseFamily family) {
		try (TestDatabase database = TestDatabase.create(family, "bytes")) {
			Metadata metadata = ZooMapping.metadata(database, List.of(Attachment.class), Map.of());
			try {
				database.execute("create table attachment (id bigint not null primary key, content text)");
				SessionFactory sessionFactory = ZooMapping.sessionFactory(metadata);
				List<Finding> findings = UnitChecks
					.run("bytes", database.dataSource(), new HibernateExpectedSchema(metadata))
					.findings()
					.toList();
				assertThat(findings).singleElement().satisfies((finding) -> {
					assertThat(finding.column()).isEqualToIgnoringCase("content");
					if (family == DatabaseFamily.POSTGRESQL) {
						assertThat(finding.kind()).isEqualTo(FindingKind.TYPE_MISMATCH);
						assertThat(finding.severity()).isEqualTo(Severity.ERROR);
						assertThat(finding.message()).contains("hex text").doesNotContain("saving the entity fails");
					}
					else {
						assertThat(finding.kind()).isEqualTo(FindingKind.BINARY_IN_TEXT_COLUMN);
						assertThat(finding.severity()).isEqualTo(Severity.INFO);
					}
				});
				assertThat(roundTrip(sessionFactory, 1L, TEXT)).isEqualTo((family == DatabaseFamily.POSTGRESQL)
						? ("\\x" + hex(TEXT)).getBytes(StandardCharsets.US_ASCII) : TEXT);
				Throwable failure = catchThrowable(() -> roundTrip(sessionFactory, 2L, NOT_TEXT));
				if (family == DatabaseFamily.MYSQL) {
					assertThat(failure).hasStackTraceContaining("Incorrect string value");
				}
				else {
					assertThat(failure).isNull();
					assertThat(roundTrip(sessionFactory, 3L, NOT_TEXT)).isNotEqualTo(NOT_TEXT);
				}
			}
			finally {
				ZooMapping.close(metadata);
			}
		}
	}

	private static byte[] roundTrip(SessionFactory sessionFactory, long id, byte[] content) {
		sessionFactory.inTransaction((session) -> {
			Attachment attachment = new Attachment();
			attachment.id = id;
			attachment.content = content;
			session.persist(attachment);
		});
		try (Session session = sessionFactory.openSession()) {
			return session.find(Attachment.class, id).content;
		}
	}

	private static String hex(byte[] bytes) {
		StringBuilder hex = new StringBuilder();
		for (byte value : bytes) {
			hex.append(String.format("%02x", value));
		}
		return hex.toString();
	}

	@Entity
	@Table(name = "attachment")
	static class Attachment {

		@Id
		Long id;

		byte[] content;

	}

}

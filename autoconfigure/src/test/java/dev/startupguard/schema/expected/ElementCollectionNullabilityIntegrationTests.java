package dev.startupguard.schema.expected;

import java.time.Duration;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import org.hibernate.boot.Metadata;
import org.junit.jupiter.api.Test;

import dev.startupguard.check.PersistenceUnitCheck;
import dev.startupguard.drift.DriftCheck;
import dev.startupguard.drift.DriftOptions;
import dev.startupguard.report.Finding;
import dev.startupguard.report.FindingKind;
import dev.startupguard.schema.live.LiveSchemaReader;
import dev.startupguard.testdb.TestDatabase;
import dev.startupguard.zoo.ZooMapping;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The element column of a collection of basic values: Hibernate maps it nullable, but
 * inserts no row for a null element, so a NOT NULL element column never fails a save (H2
 * names the tables and columns in upper case).
 */
class ElementCollectionNullabilityIntegrationTests {

	@Test
	void notNullElementColumnIsNoMismatchWhereANotNullAttributeColumnIs() {
		try (TestDatabase database = TestDatabase.h2("element-collection")) {
			Metadata metadata = ZooMapping.metadata(database, List.of(Article.class));
			try {
				database.execute("create table article (id bigint not null primary key, title varchar(255) not null)",
						"create table article_tags (article_id bigint not null references article (id),"
								+ " tags varchar(255) not null)");
				List<Finding> findings = new PersistenceUnitCheck("articles", database.dataSource(),
						new HibernateExpectedSchema(metadata),
						new DriftCheck(new LiveSchemaReader(Duration.ofSeconds(10)), DriftOptions.DEFAULTS, List.of()))
					.run()
					.findings()
					.toList();
				assertThat(findings).filteredOn((finding) -> finding.kind() == FindingKind.NULLABILITY_MISMATCH)
					.extracting((finding) -> finding.table() + "." + finding.column())
					.containsExactly("ARTICLE.TITLE");
			}
			finally {
				ZooMapping.close(metadata);
			}
		}
	}

	@Entity(name = "Article")
	static class Article {

		@Id
		Long id;

		String title;

		@ElementCollection
		Set<String> tags = new HashSet<>();

	}

}

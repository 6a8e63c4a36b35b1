package dev.startupguard.schema.expected;

import java.util.List;

import org.assertj.core.api.InstanceOfAssertFactories;
import org.hibernate.boot.Metadata;
import org.hibernate.boot.MetadataSources;
import org.hibernate.boot.registry.StandardServiceRegistry;
import org.hibernate.boot.registry.StandardServiceRegistryBuilder;
import org.hibernate.cfg.AvailableSettings;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import dev.startupguard.check.UnitChecks;
import dev.startupguard.report.Finding;
import dev.startupguard.report.FindingKind;
import dev.startupguard.report.SubjectReport;
import dev.startupguard.schema.DatabaseFamily;
import dev.startupguard.testdb.TestDatabase;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * An entity mapped with {@code @Table(schema = …)} is expected in that schema, which the
 * check reads besides the default one, and its findings name the schema.
 */
class SchemaQualifiedEntityIntegrationTests {

	@ParameterizedTest
	@EnumSource(value = DatabaseFamily.class, names = { "POSTGRESQL", "H2" })
	void entityInAnotherSchemaIsCheckedThere(DatabaseFamily family) {
		try (TestDatabase database = TestDatabase.create(family, "qualified")) {
			String billing = (family == DatabaseFamily.H2) ? "BILLING" : "billing";
			database.execute("CREATE SCHEMA " + billing);
			StandardServiceRegistry registry = new StandardServiceRegistryBuilder()
				.applySetting(AvailableSettings.JAKARTA_NON_JTA_DATASOURCE, database.dataSource())
				.build();
			try {
				Metadata metadata = new MetadataSources(registry).addAnnotatedClass(Invoice.class).buildMetadata();
				SubjectReport missing = check(database, metadata);
				assertThat(missing.details().get(SubjectReport.SCHEMAS)).asInstanceOf(InstanceOfAssertFactories.LIST)
					.contains(billing);
				assertThat(missing.findings().toList()).singleElement().satisfies((finding) -> {
					assertThat(finding.kind()).isEqualTo(FindingKind.MISSING_TABLE);
					assertThat(finding.table())
						.isEqualTo(billing + "." + ((family == DatabaseFamily.H2) ? "INVOICE" : "invoice"));
				});
				database.execute(
						"CREATE TABLE " + billing + ".invoice (id bigint PRIMARY KEY, number varchar(20) NOT NULL)");
				assertThat(check(database, metadata).findings().toList()).isEmpty();
				database.execute("CREATE TABLE invoice (id bigint PRIMARY KEY)");
				List<Finding> elsewhere = check(database, metadata).findings().toList();
				assertThat(elsewhere).extracting(Finding::kind).containsExactly(FindingKind.UNMAPPED_TABLE);
			}
			finally {
				StandardServiceRegistryBuilder.destroy(registry);
			}
		}
	}

	private static SubjectReport check(TestDatabase database, Metadata metadata) {
		return UnitChecks.run("billing", database.dataSource(), new HibernateExpectedSchema(metadata));
	}

}

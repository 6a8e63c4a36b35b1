package dev.startupguard.corpus.dataflow;

import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.junit.jupiter.api.Test;

import dev.startupguard.corpus.CorpusIntegrationTests;
import dev.startupguard.report.FindingKind;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Spring Cloud Data Flow, restated in the corpus of real schemas: the five entities of
 * its server (ids from one shared {@code hibernate_sequence}, enums by ordinal and
 * through converters to numeric codes, {@code @Lob} texts and URIs, instants, Bean
 * Validation's {@code @NotNull}) and the schema its Flyway migrations build, one script
 * per database. Run on each database by a subclass.
 */
abstract class DataFlowCorpusIntegrationTests extends CorpusIntegrationTests {

	static final List<Class<?>> ENTITIES = List.of(AppRegistration.class, AuditRecord.class, StreamDefinition.class,
			TaskDefinition.class, TaskDeployment.class, UriPersistenceConverter.class);

	/**
	 * The Hibernate settings of the server's defaults that shape the schema it expects:
	 * one {@code hibernate_sequence} for every id.
	 */
	static final Map<String, Object> SETTINGS = Map.of("hibernate.id.db_structure_naming_strategy", "single");

	/**
	 * What the shipped schema warns of on PostgreSQL and H2, a real difference between
	 * the entities, as Hibernate 7 maps them, and migrations written for Hibernate 5: the
	 * instants {@code created_on} are stored in a {@code timestamp} without time zone,
	 * where Hibernate 7 writes them with their offset, so they shift with the session's
	 * zone (MariaDB's {@code datetime} has no zone to shift).
	 */
	static final List<String> INSTANTS_WITHOUT_ZONE = List.of("WARNING LOSSY_TYPE audit_records.created_on",
			"WARNING LOSSY_TYPE task_deployment.created_on");

	@Override
	protected List<Class<?>> entities() {
		return ENTITIES;
	}

	@Override
	protected Map<String, Object> settings() {
		return SETTINGS;
	}

	@Test
	void urisStoredAsTextThroughTheServersConverterAreNoFinding() {
		// without the converter, Hibernate 7 would write a @Lob URI as its Java
		// serialization in a binary large object, which a text column cannot hold
		assertThat(findings())
			.filteredOn((finding) -> "app_registration".equalsIgnoreCase(finding.table()) && finding.column() != null
					&& finding.column().toLowerCase(Locale.ROOT).endsWith("uri"))
			.isEmpty();
	}

	@Test
	void sharedSequenceMatchesTheGenerator() {
		assertThat(findings()).filteredOn((finding) -> finding.table() == null).isEmpty();
	}

	@Test
	void droppedColumnIsMissing() {
		this.database.execute("alter table stream_definitions drop column description");
		assertThat(warningsAndErrors()).containsExactly("ERROR MISSING_COLUMN stream_definitions.description");
	}

	@Test
	void stringColumnNarrowedIsInfoWithItsNewLimit() {
		this.database.execute(retyped("task_deployment", "platform_name", "varchar(50)"));
		assertThat(warningsAndErrors()).isEmpty();
		assertThat(findings())
			.filteredOn((finding) -> "platform_name".equalsIgnoreCase(finding.column())
					&& finding.kind() == FindingKind.NARROWER_THAN_DEFAULT_LENGTH)
			.extracting(CorpusIntegrationTests::describe)
			.containsExactly("INFO NARROWER_THAN_DEFAULT_LENGTH task_deployment.platform_name");
	}

	@Test
	void codeColumnNarrowedIsNarrower() {
		this.database.execute(retyped("audit_records", "audit_operation", "integer"));
		assertThat(warningsAndErrors()).containsExactly("WARNING NARROWER_COLUMN audit_records.audit_operation");
	}

	@Test
	void codeColumnChangedToTextIsATypeMismatch() {
		this.database.execute(retyped("audit_records", "audit_action", "varchar(20)"));
		assertThat(warningsAndErrors()).containsExactly("ERROR TYPE_MISMATCH audit_records.audit_action");
	}

	@Test
	void droppedPrimaryKeyIsMissing() {
		// the entities map no association, so the migrations declare no foreign key to
		// drop
		this.database.execute("alter table task_definitions " + dropPrimaryKey("task_definitions"));
		assertThat(warningsAndErrors())
			.containsExactly("WARNING MISSING_UNIQUE_CONSTRAINT task_definitions.definition_name");
	}

	@Test
	void addedNotNullColumnNoEntityWritesFailsEveryInsert() {
		this.database.execute("alter table app_registration add column checksum varchar(64) not null");
		assertThat(warningsAndErrors()).containsExactly("ERROR UNMAPPED_REQUIRED_COLUMN app_registration.checksum");
	}

	/**
	 * Return the clause that drops a table's primary key.
	 * @param table the table
	 * @return the clause, after {@code alter table}
	 */
	abstract String dropPrimaryKey(String table);

}

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
			TaskDefinition.class, TaskDeployment.class);

	/**
	 * The Hibernate settings of the server's defaults that shape the schema it expects:
	 * one {@code hibernate_sequence} for every id.
	 */
	static final Map<String, Object> SETTINGS = Map.of("hibernate.id.db_structure_naming_strategy", "single");

	/**
	 * What the clean schema warns of, each a true difference between the entities, as
	 * Hibernate 7 maps them, and migrations written for Hibernate 5:
	 * <ul>
	 * <li>{@code uri} and {@code metadata_uri} are text, but Hibernate 7 writes a
	 * {@code @Lob URI} as the Java serialization of the {@code URI} in a binary large
	 * object: tried, the save fails on PostgreSQL and the load fails on H2;</li>
	 * <li>the instants {@code created_on} are stored in a {@code timestamp} without time
	 * zone, where Hibernate 7 writes them with their offset: they shift with the
	 * session's zone (PostgreSQL and H2; MariaDB's {@code datetime} has no zone to
	 * shift).</li>
	 * </ul>
	 */
	static final List<String> CLEAN_SCHEMA = List.of("ERROR TYPE_MISMATCH app_registration.uri",
			"ERROR TYPE_MISMATCH app_registration.metadata_uri", "WARNING LOSSY_TYPE audit_records.created_on",
			"WARNING LOSSY_TYPE task_deployment.created_on");

	@Override
	protected List<Class<?>> entities() {
		return ENTITIES;
	}

	@Override
	protected Map<String, Object> settings() {
		return SETTINGS;
	}

	/**
	 * Return what the clean schema warns of on this database.
	 * @return the warnings and errors, as {@link #describe} writes them in lower case
	 */
	abstract List<String> cleanSchema();

	@Test
	void cleanSchemaWarnsOnlyOfItsKnownDifferences() {
		assertThat(lowerCase(warningsAndErrors())).containsExactlyInAnyOrderElementsOf(cleanSchema());
	}

	@Test
	void sharedSequenceMatchesTheGenerator() {
		assertThat(findings()).filteredOn((finding) -> finding.table() == null).isEmpty();
	}

	@Test
	void droppedColumnIsMissing() {
		this.database.execute("alter table stream_definitions drop column description");
		assertThat(lowerCase(warningsAndErrors())).containsExactlyInAnyOrderElementsOf(
				with(cleanSchema(), "error missing_column stream_definitions.description"));
	}

	@Test
	void stringColumnNarrowedIsInfoWithItsNewLimit() {
		this.database.execute(retyped("task_deployment", "platform_name", "varchar(50)"));
		assertThat(lowerCase(warningsAndErrors())).containsExactlyInAnyOrderElementsOf(cleanSchema());
		assertThat(findings())
			.filteredOn((finding) -> "platform_name".equalsIgnoreCase(finding.column())
					&& finding.kind() == FindingKind.NARROWER_THAN_DEFAULT_LENGTH)
			.extracting((finding) -> describe(finding).toLowerCase(Locale.ROOT))
			.containsExactly("info narrower_than_default_length task_deployment.platform_name");
	}

	@Test
	void codeColumnChangedToTextIsATypeMismatch() {
		this.database.execute(retyped("audit_records", "audit_action", "varchar(20)"));
		assertThat(lowerCase(warningsAndErrors()))
			.containsExactlyInAnyOrderElementsOf(with(cleanSchema(), "error type_mismatch audit_records.audit_action"));
	}

	@Test
	void droppedPrimaryKeyIsMissing() {
		// the entities map no association, so the migrations declare no foreign key to
		// drop
		this.database.execute("alter table task_definitions " + dropPrimaryKey("task_definitions"));
		assertThat(lowerCase(warningsAndErrors())).containsExactlyInAnyOrderElementsOf(
				with(cleanSchema(), "warning missing_unique_constraint task_definitions.definition_name"));
	}

	@Test
	void addedNotNullColumnNoEntityWritesFailsEveryInsert() {
		this.database.execute("alter table app_registration add column checksum varchar(64) not null");
		assertThat(lowerCase(warningsAndErrors())).containsExactlyInAnyOrderElementsOf(
				with(cleanSchema(), "error unmapped_required_column app_registration.checksum"));
	}

	static List<String> lowerCase(List<String> described) {
		return described.stream().map((line) -> line.toLowerCase(Locale.ROOT)).toList();
	}

	/**
	 * Return the statement that changes a column's type by hand, as a team would.
	 * @param table the table
	 * @param column the column
	 * @param type the new type
	 * @return the statement
	 */
	abstract String retyped(String table, String column, String type);

	/**
	 * Return the clause that drops a table's primary key.
	 * @param table the table
	 * @return the clause, after {@code alter table}
	 */
	abstract String dropPrimaryKey(String table);

}

package dev.startupguard.corpus;

import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.hibernate.boot.Metadata;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestInstance.Lifecycle;

import dev.startupguard.check.UnitChecks;
import dev.startupguard.report.Finding;
import dev.startupguard.report.Severity;
import dev.startupguard.schema.expected.HibernateExpectedSchema;
import dev.startupguard.testdb.TestDatabase;
import dev.startupguard.zoo.ZooMapping;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A project of the corpus of real schemas: its entities, the schema it ships, and the
 * corrections of that schema's real drifts, a migration as the project's maintainers
 * would write it. Before each test, the clean schema (the shipped one, then its
 * corrections) is in a scratch database of its own.
 */
@TestInstance(Lifecycle.PER_CLASS)
public abstract class CorpusIntegrationTests {

	protected TestDatabase database;

	protected Metadata metadata;

	protected abstract TestDatabase createDatabase();

	/**
	 * Return the schema as the project ships it.
	 * @return the script's resource
	 */
	protected abstract String script();

	/**
	 * Return the corrections of the shipped schema's real drifts, run after it.
	 * @return the script's resource
	 */
	protected abstract String corrections();

	/**
	 * Return what the shipped schema warns of, each a real drift between the project's
	 * entities and the schema it ships, which {@link #corrections()} fixes.
	 * @return the warnings and errors, as {@link #describe} writes them
	 */
	protected abstract List<String> shippedSchemaDrifts();

	protected abstract List<Class<?>> entities();

	/**
	 * Return the project's Hibernate settings that shape the schema it expects.
	 * @return the settings, none unless a project says so
	 */
	protected Map<String, Object> settings() {
		return Map.of();
	}

	@BeforeAll
	protected void createDatabaseAndMetadata() {
		this.database = createDatabase();
		this.metadata = ZooMapping.metadata(this.database, entities(), settings());
	}

	@AfterAll
	protected void closeDatabase() {
		ZooMapping.close(this.metadata);
		this.database.close();
	}

	@BeforeEach
	protected void createCleanSchema() {
		createShippedSchema();
		ZooMapping.runScript(this.database, corrections());
	}

	/**
	 * Replace the schema by the one the project ships, without its corrections.
	 */
	protected void createShippedSchema() {
		ZooMapping.dropAll(this.database);
		ZooMapping.runScript(this.database, script());
	}

	@Test
	void shippedSchemaHasExactlyItsRealDrifts() {
		createShippedSchema();
		assertThat(warningsAndErrors()).containsExactlyInAnyOrderElementsOf(shippedSchemaDrifts());
	}

	@Test
	void cleanSchemaGivesNoWarningOrError() {
		assertThat(warningsAndErrors()).isEmpty();
	}

	/**
	 * Return the statement that changes a column's type by hand, as a team would, in the
	 * database's own syntax.
	 * @param table the table
	 * @param column the column
	 * @param type the new type, with its nullability where it has one
	 * @return the statement
	 */
	protected String retyped(String table, String column, String type) {
		return switch (this.database.family()) {
			case POSTGRESQL -> "alter table " + table + " alter column " + column + " type " + type + " using null";
			case MYSQL -> "alter table " + table + " modify column " + column + " " + type;
			case H2 -> "alter table " + table + " alter column " + column + " set data type " + type;
			default -> throw new IllegalStateException("No corpus project on " + this.database.family());
		};
	}

	protected List<Finding> findings() {
		return UnitChecks.run("corpus", this.database.dataSource(), new HibernateExpectedSchema(this.metadata))
			.findings()
			.toList();
	}

	protected List<String> warningsAndErrors() {
		return findings().stream()
			.filter((finding) -> finding.severity() != Severity.INFO)
			.map(CorpusIntegrationTests::describe)
			.toList();
	}

	/**
	 * Describe a finding by its severity, kind and column, the names in lower case
	 * whatever case the database folds them to.
	 * @param finding the finding
	 * @return the description, such as {@code WARNING MISSING_COLUMN owners.city}
	 */
	protected static String describe(Finding finding) {
		return finding.severity() + " " + finding.kind() + " "
				+ (finding.table() + "." + finding.column()).toLowerCase(Locale.ROOT);
	}

}

package dev.startupguard.corpus;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.hibernate.boot.Metadata;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestInstance.Lifecycle;

import dev.startupguard.check.UnitChecks;
import dev.startupguard.report.Finding;
import dev.startupguard.report.Severity;
import dev.startupguard.schema.expected.HibernateExpectedSchema;
import dev.startupguard.testdb.TestDatabase;
import dev.startupguard.zoo.ZooMapping;

/**
 * A project of the corpus of real schemas: its entities, and before each test the schema
 * it ships, in a scratch database of its own.
 */
@TestInstance(Lifecycle.PER_CLASS)
public abstract class CorpusIntegrationTests {

	protected TestDatabase database;

	protected Metadata metadata;

	protected abstract TestDatabase createDatabase();

	protected abstract String script();

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
	protected void createSchema() {
		ZooMapping.dropAll(this.database);
		ZooMapping.runScript(this.database, script());
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
	 * Return what a clean schema warns of, with one drift more.
	 * @param clean what the clean schema warns of
	 * @param drift the drift's finding, as {@link #describe} writes it
	 * @return the warnings and errors expected
	 */
	protected static List<String> with(List<String> clean, String drift) {
		List<String> expected = new ArrayList<>(clean);
		expected.add(drift);
		return expected;
	}

	protected static String describe(Finding finding) {
		return finding.severity() + " " + finding.kind() + " " + finding.table() + "." + finding.column();
	}

}

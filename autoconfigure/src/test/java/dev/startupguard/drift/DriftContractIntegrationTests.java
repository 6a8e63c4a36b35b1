package dev.startupguard.drift;

import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

import javax.sql.DataSource;

import org.hibernate.boot.Metadata;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.assertj.core.api.InstanceOfAssertFactories;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestInstance.Lifecycle;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import dev.startupguard.check.PersistenceUnitCheck;
import dev.startupguard.report.Finding;
import dev.startupguard.report.FindingKind;
import dev.startupguard.report.FixRisk;
import dev.startupguard.report.SubjectReport;
import dev.startupguard.schema.SchemaSnapshot;
import dev.startupguard.schema.expected.HibernateExpectedSchema;
import dev.startupguard.schema.live.LiveSchemaReader;
import dev.startupguard.testdb.TestDatabase;
import dev.startupguard.zoo.ZooMapping;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The drift engine's contract, run on every database by a subclass: the type zoo's
 * schema, created by Hibernate or by hand, gives no finding; every entry of the mutation
 * corpus gives exactly its finding; and every SAFE or RISKY fix, run on the mutated
 * schema, makes its finding disappear.
 */
@TestInstance(Lifecycle.PER_CLASS)
abstract class DriftContractIntegrationTests {

	private static final Duration TIMEOUT = Duration.ofSeconds(10);

	private TestDatabase database;

	private Metadata metadata;

	abstract TestDatabase createDatabase();

	abstract String handWrittenScript();

	/**
	 * Return the live schema reader under test.
	 * @return the reader
	 */
	LiveSchemaReader reader() {
		return new LiveSchemaReader(TIMEOUT);
	}

	/**
	 * Return the scratch database, once created.
	 * @return the database
	 */
	TestDatabase database() {
		return this.database;
	}

	/**
	 * Return the data source the check reads through.
	 * @param database the scratch database, whose own data source makes the schemas
	 * @return the data source, the database's own unless a subclass says otherwise
	 */
	DataSource checkDataSource(TestDatabase database) {
		return database.dataSource();
	}

	/**
	 * Return the kinds of finding the reader under test cannot judge on this database,
	 * each a limitation the reference documentation states. Findings of these kinds are
	 * left out of every assertion, and a mutation of such a kind must cause no other
	 * finding.
	 * @return the kinds, none unless a subclass says so
	 */
	Set<FindingKind> unjudgedKinds() {
		return Set.of();
	}

	@BeforeAll
	void createDatabaseAndMetadata() {
		this.database = createDatabase();
		this.metadata = ZooMapping.metadata(this.database);
	}

	@AfterAll
	void closeDatabase() {
		ZooMapping.close(this.metadata);
		this.database.close();
	}

	@BeforeEach
	void dropEverything() {
		ZooMapping.dropAll(this.database);
	}

	@Test
	void schemaCreatedByHibernateHasNoFindings() {
		ZooMapping.createSchema(this.metadata);
		assertThat(check().findings().toList()).isEmpty();
	}

	@Test
	void schemaWrittenByHandHasNoFindings() {
		ZooMapping.runScript(this.database, handWrittenScript());
		assertThat(check().findings().toList()).isEmpty();
	}

	@Test
	void reportNamesTheDatabaseAndTheSchemaRead() {
		ZooMapping.createSchema(this.metadata);
		SubjectReport report = check();
		assertThat(report.name()).isEqualTo("zoo");
		assertThat(report.details().get(SubjectReport.DATABASE_PRODUCT)).asString().isNotBlank();
		assertThat(report.details().get(SubjectReport.SCHEMAS)).asInstanceOf(InstanceOfAssertFactories.LIST).hasSize(1);
		assertThat(report.duration()).isPositive();
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("mutations")
	void mutationGivesExactlyItsFindingAndItsFixRemovesIt(ZooMutation mutation) {
		ZooMapping.createSchema(this.metadata);
		List<String> statements = mutation.statements()
			.apply(new ZooMutation.Context(this.database.family(), readLive()));
		assertThat(statements).as("statements of the mutation").isNotEmpty();
		this.database.execute(statements.toArray(String[]::new));
		List<Finding> findings = judgedFindings();
		if (unjudgedKinds().contains(mutation.kind())) {
			assertThat(findings).as("findings after: %s, which this reader cannot see", mutation).isEmpty();
			return;
		}
		assertThat(findings).as("findings after: %s", mutation).singleElement().satisfies((finding) -> {
			assertThat(finding.kind()).isEqualTo(mutation.kind());
			assertThat(finding.table()).isEqualToIgnoringCase(mutation.table());
			assertThat(finding.column()).isEqualToIgnoringCase(mutation.column());
			assertThat(finding.message()).isNotBlank();
			assertThat(finding.fix()).isNotBlank();
		});
		Finding finding = findings.get(0);
		if (finding.fixRisk() != FixRisk.DESTRUCTIVE) {
			this.database.execute(statements(finding.fix()));
			List<Finding> left = judgedFindings();
			if (mutation.kind() == FindingKind.UNMAPPED_REQUIRED_COLUMN) {
				// the fix makes the column nullable: still unmapped, but nothing breaks
				assertThat(left).as("findings after the fix %s", finding.fix()).singleElement().satisfies((after) -> {
					assertThat(after.kind()).isEqualTo(FindingKind.UNMAPPED_COLUMN);
					assertThat(after.column()).isEqualToIgnoringCase(mutation.column());
				});
			}
			else {
				assertThat(left).as("findings after the fix %s", finding.fix()).isEmpty();
			}
		}
	}

	Stream<ZooMutation> mutations() {
		return ZooMutations.all().stream();
	}

	SubjectReport check() {
		return new PersistenceUnitCheck("zoo", checkDataSource(this.database),
				new HibernateExpectedSchema(this.metadata), new DriftCheck(reader(), DriftOptions.DEFAULTS, List.of()))
			.run();
	}

	private List<Finding> judgedFindings() {
		return check().findings().stream().filter((finding) -> !unjudgedKinds().contains(finding.kind())).toList();
	}

	/**
	 * Read the live schema the mutations write their statements from, with the database's
	 * own reader whatever the reader under test: they need the names of constraints,
	 * which only the catalog knows.
	 */
	private SchemaSnapshot readLive() {
		try (var connection = this.database.dataSource().getConnection()) {
			LiveSchemaReader reader = new LiveSchemaReader(TIMEOUT);
			var info = reader.inspect(connection);
			return reader.read(connection, info, List.of(info.defaultSchema()));
		}
		catch (java.sql.SQLException ex) {
			throw new IllegalStateException(ex);
		}
	}

	private static String[] statements(String fix) {
		return Arrays.stream(fix.split(";\n")).map(String::trim).filter((sql) -> !sql.isEmpty()).toArray(String[]::new);
	}

}

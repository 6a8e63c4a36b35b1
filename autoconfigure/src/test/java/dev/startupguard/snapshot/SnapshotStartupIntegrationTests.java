package dev.startupguard.snapshot;

import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.diagnostics.FailureAnalysis;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.io.DefaultResourceLoader;

import dev.startupguard.drift.DriftOptions;
import dev.startupguard.migration.flyway.FlywayHistory;
import dev.startupguard.report.CheckOutcome;
import dev.startupguard.report.Finding;
import dev.startupguard.report.FindingKind;
import dev.startupguard.report.LatestReport;
import dev.startupguard.report.Subject;
import dev.startupguard.report.SubjectReport;
import dev.startupguard.startup.app.GuardedApplications;
import dev.startupguard.testdb.FlywayDatabaseTests;
import dev.startupguard.testdb.TestDatabase;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.catchThrowable;

/**
 * A real JPA application with Flyway on a real PostgreSQL and a schema snapshot: what it
 * reports, and how a snapshot that cannot be used stops it.
 */
class SnapshotStartupIntegrationTests extends FlywayDatabaseTests {

	static final String CUSTOMER = "CREATE TABLE customer (id bigint PRIMARY KEY, name varchar(80) NOT NULL);\n"
			+ "CREATE TABLE customer_order (id bigint PRIMARY KEY, customer_id bigint NOT NULL REFERENCES customer (id),"
			+ " total numeric(12,2) NOT NULL);\nALTER TABLE customer ADD loyalty_tier varchar(20);";

	@TempDir
	Path files;

	@Override
	protected TestDatabase createDatabase() {
		return TestDatabase.postgres("snapstart");
	}

	@Test
	void columnAddedByHandIsReportedByTheMigrationSubjectAndTheStartGoesOn() throws Exception {
		script("V1__create_customer.sql", CUSTOMER);
		Path snapshot = captureOnOtherDatabase();
		flyway().migrate();
		this.database.execute("ALTER TABLE customer ADD COLUMN note varchar(20)");
		try (ConfigurableApplicationContext context = run("--startup-guard.on-drift=fail",
				"--startup-guard.snapshot.location=file:" + snapshot)) {
			SubjectReport report = context.getBean(LatestReport.class)
				.get()
				.subject(Subject.migrationTool("flyway"))
				.orElseThrow();
			assertThat(report.findings().toList()).singleElement().satisfies((finding) -> {
				assertThat(finding.kind()).isEqualTo(FindingKind.CHANGED_OUTSIDE_MIGRATIONS);
				assertThat(finding.table()).isEqualTo("customer");
				assertThat(finding.column()).isEqualTo("note");
			});
			assertThat(report.outcome()).isEqualTo(CheckOutcome.DRIFT);
		}
	}

	@Test
	void snapshotDisabledComparesNothing() throws Exception {
		script("V1__create_customer.sql", CUSTOMER);
		Path snapshot = captureOnOtherDatabase();
		flyway().migrate();
		this.database.execute("ALTER TABLE customer ADD COLUMN note varchar(20)");
		try (ConfigurableApplicationContext context = run("--startup-guard.snapshot.enabled=false",
				"--startup-guard.snapshot.location=file:" + snapshot)) {
			assertThat(context.getBean(SchemaSnapshotSource.class).comparison()).isEmpty();
			assertThat(context.getBean(LatestReport.class)
				.get()
				.subject(Subject.migrationTool("flyway"))
				.orElseThrow()
				.findings()
				.toList()).extracting(Finding::kind).doesNotContain(FindingKind.CHANGED_OUTSIDE_MIGRATIONS);
		}
	}

	@Test
	void missingFileAtAnExplicitLocationFailsTheStartSayingWhatToDo() throws Exception {
		script("V1__create_customer.sql", CUSTOMER);
		Path missing = this.files.resolve("nowhere.json");
		Throwable failure = catchThrowable(() -> run("--startup-guard.snapshot.location=file:" + missing).close());
		FailureAnalysis analysis = analysis(failure);
		assertThat(analysis.getDescription()).isEqualTo("Startup Guard could not use the schema snapshot file:"
				+ missing + ": there is no file there (startup-guard.snapshot.location).");
		assertThat(analysis.getAction()).contains("startup-guard.snapshot.location")
			.contains("startup-guard.snapshot.enabled=false");
	}

	@Test
	void fileOfAnotherFormatFailsTheStartSayingWhatToDo() throws Exception {
		script("V1__create_customer.sql", CUSTOMER);
		Path file = this.files.resolve("snapshot.json");
		Files.writeString(file, "{\"format\": 2, \"tables\": []}");
		FailureAnalysis analysis = analysis(
				catchThrowable(() -> run("--startup-guard.snapshot.location=file:" + file).close()));
		assertThat(analysis.getDescription()).isEqualTo("Startup Guard could not use the schema snapshot file:" + file
				+ ": its \"format\" is 2, and this version of Startup Guard reads format 1 only.");
		assertThat(analysis.getAction()).startsWith("Build the application again");
	}

	@Test
	void fileThatIsNotJsonIsUnusable() throws Exception {
		Path file = this.files.resolve("snapshot.json");
		Files.writeString(file, "{\"format\": 1, \"tables\": [");
		assertThatExceptionOfType(SchemaSnapshotUnusableException.class)
			.isThrownBy(() -> SchemaSnapshotSource.load(new DefaultResourceLoader(), "file:" + file,
					DriftOptions.DEFAULTS, Duration.ofSeconds(1)))
			.withMessage("The schema snapshot file:" + file
					+ " cannot be used: it is not valid JSON (the JSON ends early at line 1)");
	}

	@Test
	void snapshotAtTheDefaultClassPathLocationIsUsedAndItsAbsenceIsSilent() throws Exception {
		script("V1__create_customer.sql", CUSTOMER);
		Path classes = this.files.resolve("classes");
		Path snapshot = captureOnOtherDatabase();
		Files.createDirectories(classes.resolve("META-INF/startup-guard"));
		Files.copy(snapshot, classes.resolve(SchemaSnapshotFile.DEFAULT_LOCATION));
		CapturedSchema written = SchemaSnapshotFile.read(snapshot);
		try (URLClassLoader withFile = new URLClassLoader(new URL[] { classes.toUri().toURL() }, null)) {
			SchemaSnapshotSource source = SchemaSnapshotSource.load(new DefaultResourceLoader(withFile), null,
					DriftOptions.DEFAULTS, Duration.ofSeconds(1));
			assertThat(source.comparison())
				.hasValueSatisfying((comparison) -> assertThat(comparison.snapshot()).isEqualTo(written));
		}
		try (URLClassLoader withoutFile = new URLClassLoader(new URL[0], null)) {
			assertThat(SchemaSnapshotSource.load(new DefaultResourceLoader(withoutFile), null, DriftOptions.DEFAULTS,
					Duration.ofSeconds(1)))
				.isSameAs(SchemaSnapshotSource.NONE);
		}
	}

	private static FailureAnalysis analysis(Throwable failure) {
		FailureAnalysis analysis = new SchemaSnapshotUnusableFailureAnalyzer().analyze(failure);
		assertThat(analysis).isNotNull();
		return analysis;
	}

	private Path captureOnOtherDatabase() throws Exception {
		try (TestDatabase other = TestDatabase.postgres("snapstartother")) {
			Flyway flyway = Flyway.configure()
				.dataSource(other.dataSource())
				.locations("filesystem:" + this.scripts)
				.load();
			flyway.migrate();
			Path file = this.files.resolve("schema-snapshot.json");
			SchemaSnapshotFile.write(SchemaCapture.capture(other.dataSource(), FlywayHistory.of(flyway)), file);
			return file;
		}
	}

	private ConfigurableApplicationContext run(String... arguments) {
		List<String> args = new ArrayList<>(List.of(arguments));
		args.add("--spring.flyway.locations=filesystem:" + this.scripts);
		return GuardedApplications.run(this.database.url(),
				"org.springframework.boot.liquibase.autoconfigure.LiquibaseAutoConfiguration", List.of(), args);
	}

}

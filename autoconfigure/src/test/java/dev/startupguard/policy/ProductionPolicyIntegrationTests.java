package dev.startupguard.policy;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestInstance.Lifecycle;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.StandardEnvironment;
import org.springframework.core.env.SystemEnvironmentPropertySource;

import dev.startupguard.policy.app.PolicyApplication;
import dev.startupguard.testdb.TestDatabase;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * A real JPA application on a real database whose table holds rows: started in production
 * with a setting that would change the schema, the start is refused with the failure
 * analysis naming the setting and its origin, and every row is still there. Outside
 * production the same application starts. Run on every database by a subclass.
 */
@TestInstance(Lifecycle.PER_CLASS)
@ExtendWith(OutputCaptureExtension.class)
abstract class ProductionPolicyIntegrationTests {

	static final int ROWS = 100;

	private TestDatabase database;

	private final List<TestDatabase> scratch = new ArrayList<>();

	abstract TestDatabase createDatabase(String purpose);

	@BeforeAll
	void openDatabase() {
		this.database = createDatabase("policy");
		fill(this.database);
	}

	@AfterAll
	void dropDatabase() {
		this.database.close();
	}

	@AfterEach
	void dropScratchDatabases() {
		this.scratch.forEach(TestDatabase::close);
		this.scratch.clear();
	}

	@ParameterizedTest
	@ValueSource(strings = { "spring.jpa.hibernate.ddl-auto=create-drop", "spring.jpa.hibernate.ddl-auto=create",
			"spring.jpa.hibernate.ddl-auto=create-only", "spring.jpa.hibernate.ddl-auto=drop",
			"spring.jpa.hibernate.ddl-auto=update", "spring.jpa.properties.hibernate.hbm2ddl.auto=create-drop",
			"spring.jpa.properties.jakarta.persistence.schema-generation.database.action=drop-and-create",
			"spring.jpa.properties.javax.persistence.schema-generation.database.action=drop",
			"spring.jpa.generate-ddl=true", "spring.flyway.clean-disabled=false", "spring.liquibase.drop-first=true" })
	void productionStartWithTheSettingIsRefusedAndEveryRowIsStillThere(String setting, CapturedOutput output) {
		String property = setting.substring(0, setting.indexOf('='));
		assertThatExceptionOfType(SchemaMutationRefusedException.class)
			.isThrownBy(() -> run(application(), this.database, "--spring.profiles.active=prod", "--" + setting))
			.satisfies((ex) -> assertThat(ex.getMutations()).extracting(SchemaMutation::assignment)
				.containsExactly(setting));
		assertThat(output).contains("APPLICATION FAILED TO START")
			.contains("Startup Guard refused to start the application in production: 1 setting would let it change "
					+ "the database schema.")
			.contains("    " + setting)
			.contains("from:    command-line argument --" + property)
			.contains("instead: ")
			.contains("startup-guard.allow-schema-mutation-in-production=true");
		assertThat(rows(this.database)).isEqualTo(ROWS);
	}

	@Test
	void everySettingIsListedAtOnce(CapturedOutput output) {
		assertThatExceptionOfType(SchemaMutationRefusedException.class)
			.isThrownBy(() -> run(application(), this.database, "--spring.profiles.active=prod",
					"--spring.jpa.hibernate.ddl-auto=create-drop", "--spring.liquibase.drop-first=true",
					"--spring.flyway.clean-disabled=false"))
			.satisfies((ex) -> assertThat(ex.getMutations()).hasSize(3));
		assertThat(output).contains("3 settings would let it change the database schema")
			.contains("    spring.jpa.hibernate.ddl-auto=create-drop")
			.contains("    spring.flyway.clean-disabled=false")
			.contains("    spring.liquibase.drop-first=true");
		assertThat(rows(this.database)).isEqualTo(ROWS);
	}

	@Test
	void originOfAProfileSpecificPropertiesFileIsItsLine(CapturedOutput output) {
		assertThatExceptionOfType(SchemaMutationRefusedException.class).isThrownBy(() -> run(application(),
				this.database, "--spring.config.location=classpath:/policy/file/", "--spring.profiles.active=prod"));
		assertThat(output).contains("    spring.jpa.hibernate.ddl-auto=create-drop")
			.contains("from:    class path resource [policy/file/application-prod.properties], line 3");
		assertThat(rows(this.database)).isEqualTo(ROWS);
	}

	@Test
	void originOfAYamlProfileDocumentIsItsLine(CapturedOutput output) {
		assertThatExceptionOfType(SchemaMutationRefusedException.class).isThrownBy(() -> run(application(),
				this.database, "--spring.config.location=classpath:/policy/yaml/", "--spring.profiles.active=prod"));
		assertThat(output).contains("    spring.jpa.hibernate.ddl-auto=create-drop")
			.contains("from:    class path resource [policy/yaml/application.yml], line 14");
		assertThat(rows(this.database)).isEqualTo(ROWS);
	}

	@Test
	void originOfAnEnvironmentVariableIsItsName(CapturedOutput output) {
		StandardEnvironment environment = new StandardEnvironment();
		environment.getPropertySources()
			.replace(StandardEnvironment.SYSTEM_ENVIRONMENT_PROPERTY_SOURCE_NAME,
					new SystemEnvironmentPropertySource(StandardEnvironment.SYSTEM_ENVIRONMENT_PROPERTY_SOURCE_NAME,
							Map.of("SPRING_PROFILES_ACTIVE", "prod", "SPRING_JPA_HIBERNATE_DDL_AUTO", "create-drop")));
		SpringApplication application = application();
		application.setEnvironment(environment);
		assertThatExceptionOfType(SchemaMutationRefusedException.class)
			.isThrownBy(() -> run(application, this.database));
		assertThat(output).contains("    spring.jpa.hibernate.ddl-auto=create-drop")
			.contains("from:    environment variable SPRING_JPA_HIBERNATE_DDL_AUTO");
		assertThat(rows(this.database)).isEqualTo(ROWS);
	}

	@Test
	void originOfACommandLineArgumentIsTheArgument(CapturedOutput output) {
		assertThatExceptionOfType(SchemaMutationRefusedException.class)
			.isThrownBy(() -> run(application(), this.database, "--spring.config.location=classpath:/policy/file/",
					"--spring.profiles.active=prod", "--spring.jpa.hibernate.ddl-auto=update"));
		// The command line wins over the profile's file
		assertThat(output).contains("    spring.jpa.hibernate.ddl-auto=update")
			.contains("from:    command-line argument --spring.jpa.hibernate.ddl-auto")
			.doesNotContain("application-prod.properties");
		assertThat(rows(this.database)).isEqualTo(ROWS);
	}

	@Test
	void productionWithSafeSettingsStarts() {
		try (ConfigurableApplicationContext context = run(application(), this.database, "--spring.profiles.active=prod",
				"--spring.jpa.hibernate.ddl-auto=validate")) {
			assertThat(context.getBean(SchemaMutationPolicyReport.class).findings().isEmpty()).isTrue();
		}
		assertThat(rows(this.database)).isEqualTo(ROWS);
	}

	@Test
	void sameFilesOutsideProductionStart() {
		try (ConfigurableApplicationContext context = run(application(), this.database,
				"--spring.config.location=classpath:/policy/yaml/")) {
			assertThat(context.getBean(SchemaMutationPolicyReport.class).mutations()).isEmpty();
		}
		assertThat(rows(this.database)).isEqualTo(ROWS);
	}

	@Test
	void outsideProductionTheSettingIsReportedAndTheStartGoesOn(CapturedOutput output) {
		TestDatabase own = scratch("update");
		try (ConfigurableApplicationContext context = run(application(), own,
				"--spring.jpa.hibernate.ddl-auto=update")) {
			assertThat(context.getBean(SchemaMutationPolicyReport.class).mutations())
				.extracting(SchemaMutation::assignment)
				.containsExactly("spring.jpa.hibernate.ddl-auto=update");
		}
		assertThat(output).contains("Startup Guard: in production, this start would be refused, since 1 setting "
				+ "would let the application change the database schema: spring.jpa.hibernate.ddl-auto=update "
				+ "(command-line argument --spring.jpa.hibernate.ddl-auto)");
		assertThat(rows(own)).isEqualTo(ROWS);
	}

	@Test
	void allowedInProductionTheStartGoesOnWithAWarning(CapturedOutput output) {
		TestDatabase own = scratch("allowed");
		try (ConfigurableApplicationContext context = run(application(), own, "--spring.profiles.active=prod",
				"--startup-guard.allow-schema-mutation-in-production=true", "--spring.jpa.hibernate.ddl-auto=update")) {
			assertThat(context.getBean(SchemaMutationPolicyReport.class).findings().toList())
				.extracting((finding) -> finding.kind().name() + " " + finding.fix())
				.containsExactly("SCHEMA_MUTATION_SETTING spring.jpa.hibernate.ddl-auto=validate");
		}
		assertThat(output).contains("WARN")
			.contains("startup-guard.allow-schema-mutation-in-production=true lets this production start go on")
			.contains("spring.jpa.hibernate.ddl-auto=update");
		assertThat(rows(own)).isEqualTo(ROWS);
	}

	@Test
	void withoutTheGuardTheSameStartDestroysTheRows() {
		// Shows that the rows the other tests count would really be lost
		TestDatabase own = scratch("unguarded");
		try (ConfigurableApplicationContext context = run(application(), own, "--spring.profiles.active=prod",
				"--startup-guard.enabled=false", "--spring.jpa.hibernate.ddl-auto=create-drop")) {
			assertThat(rows(own)).isZero();
		}
	}

	private TestDatabase scratch(String purpose) {
		TestDatabase own = createDatabase(purpose);
		this.scratch.add(own);
		fill(own);
		return own;
	}

	static SpringApplication application() {
		SpringApplication application = new SpringApplication(PolicyApplication.class);
		application.setWebApplicationType(WebApplicationType.NONE);
		return application;
	}

	static ConfigurableApplicationContext run(SpringApplication application, TestDatabase database, String... args) {
		// as in application.properties, which a test's own spring.config.location leaves
		// out
		application.setDefaultProperties(Map.of("spring.datasource.url", database.url(), "spring.autoconfigure.exclude",
				"org.springframework.boot.flyway.autoconfigure.FlywayAutoConfiguration,"
						+ "org.springframework.boot.liquibase.autoconfigure.LiquibaseAutoConfiguration"));
		return application.run(args);
	}

	static void fill(TestDatabase database) {
		String values = IntStream.rangeClosed(1, ROWS)
			.mapToObj((id) -> "(" + id + ", 'parcel " + id + "')")
			.collect(Collectors.joining(", "));
		database.execute("CREATE TABLE parcel (id bigint PRIMARY KEY, label varchar(100) NOT NULL)",
				"INSERT INTO parcel (id, label) VALUES " + values);
	}

	static int rows(TestDatabase database) {
		try (Connection connection = database.dataSource().getConnection();
				Statement statement = connection.createStatement();
				ResultSet result = statement.executeQuery("SELECT count(*) FROM parcel")) {
			result.next();
			return result.getInt(1);
		}
		catch (SQLException ex) {
			throw new IllegalStateException("Could not count the parcels: " + ex.getMessage(), ex);
		}
	}

}

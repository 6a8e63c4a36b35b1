package dev.startupguard.policy;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import javax.sql.DataSource;

import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import org.springframework.context.ConfigurableApplicationContext;

import dev.startupguard.testdb.TestDatabase;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.params.provider.Arguments.argumentSet;

/**
 * Holds the inspector to what Spring Boot and Hibernate really do: for each combination
 * of settings, a real application starts (outside production, so that nothing is refused)
 * on an empty database, and the inspector must report a setting that creates tables
 * exactly when Hibernate did create the entity's table. JVM system properties and
 * {@code hibernate.properties} are left to the unit tests: Hibernate reads them once per
 * JVM.
 */
class SchemaMutationInspectorOracleIntegrationTests {

	private static final String JPA_PROPERTIES = "--spring.jpa.properties.";

	private static final String DATABASE_ACTION = JPA_PROPERTIES
			+ "jakarta.persistence.schema-generation.database.action=";

	@TempDir
	static Path temp;

	static Stream<Arguments> onPostgres() {
		return Stream.of(
				argumentSet("ddl-auto=update", List.of("--spring.jpa.hibernate.ddl-auto=update"),
						List.of(SchemaMutationSetting.DDL_AUTO)),
				argumentSet("spring.jpa.properties' hbm2ddl.auto wins over ddl-auto",
						List.of(JPA_PROPERTIES + "hibernate.hbm2ddl.auto=none",
								"--spring.jpa.hibernate.ddl-auto=update"),
						List.of()),
				argumentSet("Jakarta database action none wins over ddl-auto",
						List.of(DATABASE_ACTION + "none", "--spring.jpa.hibernate.ddl-auto=update"), List.of()),
				argumentSet("Jakarta database action create",
						List.of(DATABASE_ACTION + "create", "--spring.jpa.hibernate.ddl-auto=none"),
						List.of(SchemaMutationSetting.JPA_PROPERTIES_DATABASE_ACTION)),
				argumentSet("javax database action create",
						List.of(JPA_PROPERTIES + "javax.persistence.schema-generation.database.action=create"),
						List.of(SchemaMutationSetting.JPA_PROPERTIES_JAVAX_DATABASE_ACTION)),
				argumentSet("script action makes Hibernate ignore ddl-auto",
						List.of(JPA_PROPERTIES + "jakarta.persistence.schema-generation.scripts.action=create",
								JPA_PROPERTIES + "jakarta.persistence.schema-generation.scripts.create-target="
										+ temp.resolve("create.sql"),
								"--spring.jpa.hibernate.ddl-auto=update"),
						List.of()),
				argumentSet("hbm2ddl.auto qualified by the orm contributor",
						List.of(JPA_PROPERTIES + "hibernate.hbm2ddl.auto.orm=update",
								"--spring.jpa.hibernate.ddl-auto=none"),
						List.of(SchemaMutationSetting.JPA_PROPERTIES_HBM2DDL_AUTO)),
				argumentSet("generate-ddl alone", List.of("--spring.jpa.generate-ddl=true"),
						List.of(SchemaMutationSetting.GENERATE_DDL)),
				argumentSet("generate-ddl with ddl-auto=none",
						List.of("--spring.jpa.generate-ddl=true", "--spring.jpa.hibernate.ddl-auto=none"),
						List.of(SchemaMutationSetting.GENERATE_DDL)),
				argumentSet("generate-ddl with spring.jpa.properties' hbm2ddl.auto=none",
						List.of("--spring.jpa.generate-ddl=true", JPA_PROPERTIES + "hibernate.hbm2ddl.auto=none"),
						List.of()),
				argumentSet("generate-ddl with Jakarta database action none",
						List.of("--spring.jpa.generate-ddl=true", DATABASE_ACTION + "none"), List.of()),
				argumentSet("nothing set on a server database", List.of(), List.of()));
	}

	static Stream<Arguments> onH2() {
		return Stream.of(
				argumentSet("nothing set on an in-memory URL", List.of("--spring.datasource.url=jdbc:h2:mem:oracle"),
						List.of(SchemaMutationSetting.DEFAULT_DDL_AUTO)),
				argumentSet("nothing set, no URL", List.of(), List.of(SchemaMutationSetting.DEFAULT_DDL_AUTO)),
				argumentSet("generate-ddl gives way to the default",
						List.of("--spring.jpa.generate-ddl=true", "--spring.datasource.url=jdbc:h2:mem:generate"),
						List.of(SchemaMutationSetting.DEFAULT_DDL_AUTO)),
				argumentSet("nothing set on a file database",
						List.of("--spring.datasource.url=jdbc:h2:file:" + temp.resolve("file-db")), List.of()),
				argumentSet("ddl-auto=none on an in-memory URL",
						List.of("--spring.datasource.url=jdbc:h2:mem:none", "--spring.jpa.hibernate.ddl-auto=none"),
						List.of()));
	}

	@ParameterizedTest
	@MethodSource("onPostgres")
	void inspectorAgreesWithHibernateOnPostgres(List<String> args, List<SchemaMutationSetting> expected) {
		try (TestDatabase database = TestDatabase.postgres("oracle")) {
			List<String> all = new ArrayList<>(args);
			all.add(0, "--spring.datasource.url=" + database.url());
			check(all, expected);
		}
	}

	@ParameterizedTest
	@MethodSource("onH2")
	void inspectorAgreesWithHibernateOnH2(List<String> args, List<SchemaMutationSetting> expected) {
		check(args, expected);
	}

	private void check(List<String> args, List<SchemaMutationSetting> expected) {
		try (ConfigurableApplicationContext context = ProductionPolicyIntegrationTests.application()
			.run(args.toArray(String[]::new))) {
			List<SchemaMutationSetting> reported = new SchemaMutationInspector(context.getClassLoader())
				.inspect(context.getEnvironment())
				.stream()
				.map(SchemaMutation::setting)
				.toList();
			assertThat(reported).as("what the inspector reports").isEqualTo(expected);
			assertThat(tableExists(context.getBean(DataSource.class))).as("Hibernate created the table")
				.isEqualTo(!expected.isEmpty());
		}
	}

	private static boolean tableExists(DataSource dataSource) {
		try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
			statement.executeQuery("SELECT count(*) FROM parcel").close();
			return true;
		}
		catch (SQLException ex) {
			return false;
		}
	}

}

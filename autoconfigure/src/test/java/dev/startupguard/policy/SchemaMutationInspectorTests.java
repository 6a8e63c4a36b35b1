package dev.startupguard.policy;

import java.io.IOException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.env.PropertiesPropertySourceLoader;
import org.springframework.boot.origin.SystemEnvironmentOrigin;
import org.springframework.boot.origin.TextResourceOrigin;
import org.springframework.boot.support.SystemEnvironmentPropertySourceEnvironmentPostProcessor;
import org.springframework.boot.test.context.FilteredClassLoader;
import org.springframework.core.env.MapPropertySource;
import org.springframework.core.env.PropertySource;
import org.springframework.core.env.SimpleCommandLinePropertySource;
import org.springframework.core.env.StandardEnvironment;
import org.springframework.core.env.SystemEnvironmentPropertySource;
import org.springframework.core.io.ClassPathResource;
import org.springframework.mock.env.MockEnvironment;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Tests for {@link SchemaMutationInspector}: each setting and value class, the precedence
 * between settings, Spring Boot's embedded default, and the origins reported.
 */
class SchemaMutationInspectorTests {

	private static final String POSTGRES_URL = "jdbc:postgresql://db.example.com/shop?user=app&password=s3cret";

	private static final ClassLoader CLASS_LOADER = SchemaMutationInspectorTests.class.getClassLoader();

	private static final PersistenceClasspath JPA = new PersistenceClasspath(true, true, false, false, CLASS_LOADER);

	@ParameterizedTest
	@ValueSource(strings = { "update", "create", "create-drop", "create-only", "drop", "truncate", "populate",
			"synchronize", "UPDATE", " create-drop ", "recreate" })
	void ddlAutoThatChangesTheSchemaIsReported(String value) {
		List<SchemaMutation> mutations = inspect(onPostgres().withProperty("spring.jpa.hibernate.ddl-auto", value));
		assertThat(mutations).singleElement().satisfies((mutation) -> {
			assertThat(mutation.setting()).isEqualTo(SchemaMutationSetting.DDL_AUTO);
			assertThat(mutation.property()).isEqualTo("spring.jpa.hibernate.ddl-auto");
			assertThat(mutation.value()).isEqualTo(value);
			assertThat(mutation.effect()).isEqualTo(SchemaAction.ofHbm2ddl(value).effect());
			assertThat(mutation.instead()).isEqualTo("spring.jpa.hibernate.ddl-auto=validate");
			assertThat(mutation.source()).isEqualTo("property source 'mockProperties'");
			assertThat(mutation.refusedInProduction()).isTrue();
		});
	}

	@ParameterizedTest
	@ValueSource(strings = { "none", "validate", "", "NONE", " validate" })
	void ddlAutoThatLeavesTheSchemaAloneIsNotReported(String value) {
		assertThat(inspect(onPostgres().withProperty("spring.jpa.hibernate.ddl-auto", value))).isEmpty();
	}

	@ParameterizedTest
	@ValueSource(strings = { "update", "create", "create-drop", "create-only", "drop" })
	void hibernateHbm2ddlAutoInJpaPropertiesIsReported(String value) {
		assertThat(inspect(onPostgres().withProperty("spring.jpa.properties.hibernate.hbm2ddl.auto", value)))
			.singleElement()
			.satisfies((mutation) -> {
				assertThat(mutation.setting()).isEqualTo(SchemaMutationSetting.JPA_PROPERTIES_HBM2DDL_AUTO);
				assertThat(mutation.assignment()).isEqualTo("spring.jpa.properties.hibernate.hbm2ddl.auto=" + value);
				assertThat(mutation.instead()).isEqualTo("spring.jpa.properties.hibernate.hbm2ddl.auto=validate");
			});
	}

	@ParameterizedTest
	@ValueSource(strings = { "create", "drop-and-create", "drop", "update", "create-drop" })
	void jakartaDatabaseActionIsReported(String value) {
		String property = "spring.jpa.properties.jakarta.persistence.schema-generation.database.action";
		assertThat(inspect(onPostgres().withProperty(property, value))).singleElement().satisfies((mutation) -> {
			assertThat(mutation.setting()).isEqualTo(SchemaMutationSetting.JPA_PROPERTIES_DATABASE_ACTION);
			assertThat(mutation.effect()).isEqualTo(SchemaAction.ofJpa(value).effect());
			assertThat(mutation.instead()).isEqualTo(property + "=none");
		});
	}

	@Test
	void jakartaCreateDoesNotDropFirstButHibernateCreateDoes() {
		assertThat(SchemaAction.ofJpa("create")).isEqualTo(SchemaAction.CREATE_ONLY);
		assertThat(SchemaAction.ofHbm2ddl("create")).isEqualTo(SchemaAction.CREATE);
		assertThat(SchemaAction.ofJpa("drop-and-create")).isEqualTo(SchemaAction.CREATE);
	}

	@ParameterizedTest
	@ValueSource(strings = { "none", "" })
	void jakartaDatabaseActionNoneIsNotReported(String value) {
		assertThat(inspect(onPostgres()
			.withProperty("spring.jpa.properties.jakarta.persistence.schema-generation.database.action", value)))
			.isEmpty();
	}

	@Test
	void javaxDatabaseActionIsReported() {
		assertThat(inspect(onPostgres()
			.withProperty("spring.jpa.properties.javax.persistence.schema-generation.database.action", "drop")))
			.singleElement()
			.satisfies((mutation) -> assertThat(mutation.setting())
				.isEqualTo(SchemaMutationSetting.JPA_PROPERTIES_JAVAX_DATABASE_ACTION));
	}

	@Test
	void hbm2ddlAutoInJpaPropertiesWinsOverDdlAuto() {
		assertThat(inspect(onPostgres().withProperty("spring.jpa.properties.hibernate.hbm2ddl.auto", "validate")
			.withProperty("spring.jpa.hibernate.ddl-auto", "update"))).isEmpty();
		assertThat(inspect(onPostgres().withProperty("spring.jpa.properties.hibernate.hbm2ddl.auto", "update")
			.withProperty("spring.jpa.hibernate.ddl-auto", "validate"))).extracting(SchemaMutation::setting)
			.containsExactly(SchemaMutationSetting.JPA_PROPERTIES_HBM2DDL_AUTO);
	}

	@Test
	void jakartaDatabaseActionWinsOverHbm2ddlAuto() {
		String action = "spring.jpa.properties.jakarta.persistence.schema-generation.database.action";
		assertThat(inspect(
				onPostgres().withProperty(action, "none").withProperty("spring.jpa.hibernate.ddl-auto", "update")))
			.isEmpty();
		assertThat(inspect(
				onPostgres().withProperty(action, "create").withProperty("spring.jpa.hibernate.ddl-auto", "validate")))
			.extracting(SchemaMutation::setting)
			.containsExactly(SchemaMutationSetting.JPA_PROPERTIES_DATABASE_ACTION);
	}

	@Test
	void jakartaNameWinsOverJavaxName() {
		assertThat(inspect(onPostgres()
			.withProperty("spring.jpa.properties.jakarta.persistence.schema-generation.database.action", "none")
			.withProperty("spring.jpa.properties.javax.persistence.schema-generation.database.action", "drop")))
			.isEmpty();
	}

	@Test
	void scriptsActionMakesHibernateIgnoreHbm2ddlAuto() {
		String scripts = "spring.jpa.properties.jakarta.persistence.schema-generation.scripts.action";
		assertThat(inspect(
				onPostgres().withProperty(scripts, "create").withProperty("spring.jpa.hibernate.ddl-auto", "update")))
			.isEmpty();
		assertThat(inspect(
				onPostgres().withProperty(scripts, "none").withProperty("spring.jpa.hibernate.ddl-auto", "update")))
			.extracting(SchemaMutation::setting)
			.containsExactly(SchemaMutationSetting.DDL_AUTO);
	}

	@Test
	void settingQualifiedByContributorIsReported() {
		assertThat(inspect(onPostgres().withProperty("spring.jpa.hibernate.ddl-auto", "validate")
			.withProperty("spring.jpa.properties.hibernate.hbm2ddl.auto.orm", "update"))).singleElement()
			.satisfies((mutation) -> {
				assertThat(mutation.setting()).isEqualTo(SchemaMutationSetting.JPA_PROPERTIES_HBM2DDL_AUTO);
				assertThat(mutation.property()).isEqualTo("spring.jpa.properties.hibernate.hbm2ddl.auto.orm");
				assertThat(mutation.instead()).isEqualTo("spring.jpa.properties.hibernate.hbm2ddl.auto.orm=validate");
			});
	}

	@Test
	void generateDdlIsReportedWhereNothingSetsDdlAuto() {
		assertThat(inspect(onPostgres().withProperty("spring.jpa.generate-ddl", "true"))).singleElement()
			.satisfies((mutation) -> {
				assertThat(mutation.setting()).isEqualTo(SchemaMutationSetting.GENERATE_DDL);
				assertThat(mutation.assignment()).isEqualTo("spring.jpa.generate-ddl=true");
				assertThat(mutation.effect()).contains("hibernate.hbm2ddl.auto=update");
				assertThat(mutation.instead()).isEqualTo("spring.jpa.generate-ddl=false");
			});
	}

	@Test
	void generateDdlIsReportedWithDdlAutoNoneSinceSpringBootThenPassesNothingOn() {
		assertThat(inspect(onPostgres().withProperty("spring.jpa.generate-ddl", "true")
			.withProperty("spring.jpa.hibernate.ddl-auto", "none"))).extracting(SchemaMutation::setting)
			.containsExactly(SchemaMutationSetting.GENERATE_DDL);
	}

	@Test
	void generateDdlIsNotReportedWhereDdlAutoIsValidate() {
		assertThat(inspect(onPostgres().withProperty("spring.jpa.generate-ddl", "true")
			.withProperty("spring.jpa.hibernate.ddl-auto", "validate"))).isEmpty();
	}

	@Test
	void generateDdlIsNotReportedWhereHbm2ddlAutoIsPassedOn() {
		assertThat(inspect(onPostgres().withProperty("spring.jpa.generate-ddl", "true")
			.withProperty("spring.jpa.properties.hibernate.hbm2ddl.auto", "none"))).isEmpty();
	}

	@Test
	void generateDdlIsNotReportedWhereAJakartaDatabaseActionIsSet() {
		assertThat(inspect(onPostgres().withProperty("spring.jpa.generate-ddl", "true")
			.withProperty("spring.jpa.properties.jakarta.persistence.schema-generation.database.action", "none")))
			.isEmpty();
	}

	@ParameterizedTest
	@ValueSource(strings = { "false", "no", "off" })
	void generateDdlOffIsNotReported(String value) {
		assertThat(inspect(onPostgres().withProperty("spring.jpa.generate-ddl", value))).isEmpty();
	}

	@Test
	void embeddedDatabaseWithoutUrlDefaultsToCreateDrop() {
		assertThat(inspect(new MockEnvironment())).singleElement().satisfies((mutation) -> {
			assertThat(mutation.setting()).isEqualTo(SchemaMutationSetting.DEFAULT_DDL_AUTO);
			assertThat(mutation.assignment()).isEqualTo("spring.jpa.hibernate.ddl-auto=create-drop");
			assertThat(mutation.origin()).isNull();
			assertThat(mutation.source()).isEqualTo("not set, so Spring Boot's default applies: "
					+ "spring.datasource.url is not set, so Spring Boot starts an in-memory H2 database, "
					+ "and neither Flyway nor Liquibase manages it");
			assertThat(mutation.effect()).isEqualTo(SchemaAction.CREATE_DROP.effect());
			assertThat(mutation.instead()).isEqualTo("spring.jpa.hibernate.ddl-auto=validate");
		});
	}

	@Test
	void embeddedUrlDefaultsToCreateDropWithoutQuotingTheUrl() {
		MockEnvironment environment = new MockEnvironment().withProperty("spring.datasource.url",
				"jdbc:h2:mem:shop;PASSWORD=s3cret");
		assertThat(inspect(environment)).singleElement().satisfies((mutation) -> {
			assertThat(mutation.setting()).isEqualTo(SchemaMutationSetting.DEFAULT_DDL_AUTO);
			assertThat(mutation.source())
				.contains(
						"spring.datasource.url (property source 'mockProperties') names " + "an in-memory H2 database")
				.doesNotContain("s3cret")
				.doesNotContain("jdbc:");
		});
	}

	@Test
	void sameApplicationOnAServerDatabaseDefaultsToNone() {
		assertThat(inspect(onPostgres())).isEmpty();
		assertThat(inspect(new MockEnvironment().withProperty("spring.datasource.url", "jdbc:h2:file:./shop")))
			.isEmpty();
		assertThat(inspect(new MockEnvironment().withProperty("spring.datasource.url", "jdbc:h2:tcp://db/mem:shop")))
			.isEmpty();
		assertThat(inspect(new MockEnvironment().withProperty("spring.datasource.jndi-name", "jdbc/shop"))).isEmpty();
	}

	@Test
	void noEmbeddedDatabaseOnTheClassPathHasNoDefault() {
		FilteredClassLoader withoutEmbedded = new FilteredClassLoader("org.h2.", "org.hsqldb.", "org.apache.derby.");
		assertThat(inspect(new PersistenceClasspath(true, true, false, false, withoutEmbedded), new MockEnvironment()))
			.isEmpty();
		assertThat(
				inspect(new MockEnvironment().withProperty("spring.datasource.embedded-database-connection", "none")))
			.isEmpty();
	}

	@Test
	void embeddedDatabaseManagedByFlywayOrLiquibaseDefaultsToNone() {
		assertThat(inspect(new PersistenceClasspath(true, true, true, false, CLASS_LOADER), new MockEnvironment()))
			.isEmpty();
		assertThat(inspect(new PersistenceClasspath(true, true, false, true, CLASS_LOADER), new MockEnvironment()))
			.isEmpty();
	}

	@Test
	void migrationToolSwitchedOffDoesNotManageTheEmbeddedDatabase() {
		assertThat(inspect(new PersistenceClasspath(true, true, true, false, CLASS_LOADER),
				new MockEnvironment().withProperty("spring.flyway.enabled", "false")))
			.extracting(SchemaMutation::setting)
			.containsExactly(SchemaMutationSetting.DEFAULT_DDL_AUTO);
		assertThat(inspect(new PersistenceClasspath(true, true, false, true, CLASS_LOADER),
				new MockEnvironment().withProperty("spring.liquibase.enabled", "false")))
			.extracting(SchemaMutation::setting)
			.containsExactly(SchemaMutationSetting.DEFAULT_DDL_AUTO);
	}

	@Test
	void defaultNeedsSpringBootsHibernateAutoConfiguration() {
		assertThat(inspect(new PersistenceClasspath(true, false, false, false, CLASS_LOADER), new MockEnvironment()))
			.isEmpty();
	}

	@Test
	void defaultDoesNotApplyWhereAJakartaDatabaseActionIsSet() {
		assertThat(inspect(new MockEnvironment()
			.withProperty("spring.jpa.properties.jakarta.persistence.schema-generation.database.action", "none")))
			.isEmpty();
	}

	@Test
	void explicitDdlAutoWinsOverTheDefault() {
		assertThat(inspect(new MockEnvironment().withProperty("spring.jpa.hibernate.ddl-auto", "update")))
			.extracting(SchemaMutation::setting)
			.containsExactly(SchemaMutationSetting.DDL_AUTO);
		assertThat(inspect(new MockEnvironment().withProperty("spring.jpa.hibernate.ddl-auto", "none"))).isEmpty();
	}

	@Test
	void generateDdlGivesWayToTheEmbeddedDefault() {
		assertThat(inspect(new MockEnvironment().withProperty("spring.jpa.generate-ddl", "true")))
			.extracting(SchemaMutation::setting)
			.containsExactly(SchemaMutationSetting.DEFAULT_DDL_AUTO);
	}

	@Test
	void flywayCleanEnabledIsReported() {
		assertThat(inspect(onPostgres().withProperty("spring.flyway.clean-disabled", "false"))).singleElement()
			.satisfies((mutation) -> {
				assertThat(mutation.setting()).isEqualTo(SchemaMutationSetting.FLYWAY_CLEAN_DISABLED);
				assertThat(mutation.instead()).isEqualTo("spring.flyway.clean-disabled=true");
				assertThat(mutation.refusedInProduction()).isTrue();
			});
		assertThat(inspect(onPostgres().withProperty("spring.flyway.clean-disabled", "true"))).isEmpty();
		assertThat(inspect(onPostgres().withProperty("spring.flyway.clean-disabled", "false")
			.withProperty("spring.flyway.enabled", "false"))).isEmpty();
	}

	@Test
	void liquibaseDropFirstIsReported() {
		assertThat(inspect(onPostgres().withProperty("spring.liquibase.drop-first", "true"))).singleElement()
			.satisfies((mutation) -> {
				assertThat(mutation.setting()).isEqualTo(SchemaMutationSetting.LIQUIBASE_DROP_FIRST);
				assertThat(mutation.instead()).isEqualTo("spring.liquibase.drop-first=false");
			});
		assertThat(inspect(onPostgres().withProperty("spring.liquibase.drop-first", "false"))).isEmpty();
		assertThat(inspect(onPostgres().withProperty("spring.liquibase.drop-first", "true")
			.withProperty("spring.liquibase.enabled", "false"))).isEmpty();
	}

	@Test
	void sqlInitAlwaysWithSchemaScriptsOnAServerDatabaseIsAWarning() {
		MockEnvironment environment = onPostgres().withProperty("spring.sql.init.mode", "always")
			.withProperty("spring.sql.init.schema-locations", "classpath:policy/schema-sample.sql");
		assertThat(inspect(environment)).singleElement().satisfies((mutation) -> {
			assertThat(mutation.setting()).isEqualTo(SchemaMutationSetting.SQL_INIT_SCHEMA_SCRIPTS);
			assertThat(mutation.refusedInProduction()).isFalse();
			assertThat(mutation.effect()).startsWith("runs classpath:policy/schema-sample.sql against this database");
			assertThat(mutation.instead()).isEqualTo("spring.sql.init.mode=never");
		});
	}

	@Test
	void sqlInitIsNotReportedWithoutSchemaScriptsOnAnEmbeddedDatabaseOrInItsDefaultMode() {
		assertThat(inspect(onPostgres().withProperty("spring.sql.init.mode", "always")
			.withProperty("spring.sql.init.schema-locations", "optional:classpath:policy/missing.sql"))).isEmpty();
		assertThat(inspect(onPostgres().withProperty("spring.sql.init.mode", "always"))).isEmpty();
		assertThat(inspect(onPostgres().withProperty("spring.sql.init.mode", "embedded")
			.withProperty("spring.sql.init.schema-locations", "classpath:policy/schema-sample.sql"))).isEmpty();
		assertThat(inspect(new MockEnvironment().withProperty("spring.jpa.hibernate.ddl-auto", "none")
			.withProperty("spring.sql.init.mode", "always")
			.withProperty("spring.sql.init.schema-locations", "classpath:policy/schema-sample.sql"))).isEmpty();
	}

	@Test
	void everySettingIsReportedAtOnceInCatalogueOrder() {
		MockEnvironment environment = onPostgres().withProperty("spring.liquibase.drop-first", "true")
			.withProperty("spring.flyway.clean-disabled", "false")
			.withProperty("spring.jpa.hibernate.ddl-auto", "create-drop");
		assertThat(inspect(environment)).extracting(SchemaMutation::setting)
			.containsExactly(SchemaMutationSetting.DDL_AUTO, SchemaMutationSetting.FLYWAY_CLEAN_DISABLED,
					SchemaMutationSetting.LIQUIBASE_DROP_FIRST);
	}

	@Test
	void relaxedNamesAndPlaceholdersAreReadAsSpringBootBindsThem() {
		assertThat(inspect(onPostgres().withProperty("spring.jpa.hibernate.ddlAuto", "update")))
			.extracting(SchemaMutation::assignment)
			.containsExactly("spring.jpa.hibernate.ddl-auto=update");
		assertThat(inspect(onPostgres().withProperty("spring.jpa.hibernate.ddl-auto", "${schema.mode:create}")))
			.extracting(SchemaMutation::assignment)
			.containsExactly("spring.jpa.hibernate.ddl-auto=create");
		assertThat(inspect(onPostgres().withProperty("spring.jpa.properties[hibernate.hbm2ddl.auto]", "update")))
			.extracting(SchemaMutation::assignment)
			.containsExactly("spring.jpa.properties.hibernate.hbm2ddl.auto=update");
	}

	@Test
	void originOfAPropertiesFileIsItsResourceAndLine() throws IOException {
		StandardEnvironment environment = serverEnvironment();
		for (PropertySource<?> source : new PropertiesPropertySourceLoader().load("origins",
				new ClassPathResource("policy/origins.properties"))) {
			environment.getPropertySources().addFirst(source);
		}
		assertThat(inspect(environment)).singleElement().satisfies((mutation) -> {
			assertThat(mutation.assignment()).isEqualTo("spring.jpa.hibernate.ddl-auto=update");
			assertThat(mutation.origin()).isInstanceOf(TextResourceOrigin.class);
			assertThat(mutation.source()).isEqualTo("class path resource [policy/origins.properties], line 3");
		});
	}

	@Test
	void originOfAnEnvironmentVariableIsItsName() {
		StandardEnvironment environment = serverEnvironment();
		environment.getPropertySources()
			.replace(StandardEnvironment.SYSTEM_ENVIRONMENT_PROPERTY_SOURCE_NAME,
					new SystemEnvironmentPropertySource(StandardEnvironment.SYSTEM_ENVIRONMENT_PROPERTY_SOURCE_NAME,
							Map.of("SPRING_JPA_HIBERNATE_DDL_AUTO", "create-drop",
									"SPRING_JPA_PROPERTIES_HIBERNATE_HBM2DDL_AUTO_ENVERS", "update")));
		new SystemEnvironmentPropertySourceEnvironmentPostProcessor().postProcessEnvironment(environment,
				new SpringApplication());
		assertThat(inspect(environment)).satisfiesExactly((mutation) -> {
			assertThat(mutation.assignment()).isEqualTo("spring.jpa.hibernate.ddl-auto=create-drop");
			assertThat(mutation.origin()).isEqualTo(new SystemEnvironmentOrigin("SPRING_JPA_HIBERNATE_DDL_AUTO"));
			assertThat(mutation.source()).isEqualTo("environment variable SPRING_JPA_HIBERNATE_DDL_AUTO");
		}, (mutation) -> {
			assertThat(mutation.assignment()).isEqualTo("spring.jpa.properties.hibernate.hbm2ddl.auto.envers=update");
			assertThat(mutation.source())
				.isEqualTo("environment variable SPRING_JPA_PROPERTIES_HIBERNATE_HBM2DDL_AUTO_ENVERS");
		});
	}

	@Test
	void originOfACommandLineArgumentIsTheArgument() {
		StandardEnvironment environment = serverEnvironment();
		environment.getPropertySources()
			.addFirst(new SimpleCommandLinePropertySource("--spring.jpa.hibernate.ddl-auto=update"));
		assertThat(inspect(environment)).singleElement().satisfies((mutation) -> {
			assertThat(mutation.origin()).isNull();
			assertThat(mutation.source()).isEqualTo("command-line argument --spring.jpa.hibernate.ddl-auto");
		});
	}

	@Test
	void commandLineArgumentWinsOverAPropertiesFile() throws IOException {
		StandardEnvironment environment = serverEnvironment();
		for (PropertySource<?> source : new PropertiesPropertySourceLoader().load("origins",
				new ClassPathResource("policy/origins.properties"))) {
			environment.getPropertySources().addFirst(source);
		}
		environment.getPropertySources()
			.addFirst(new SimpleCommandLinePropertySource("--spring.jpa.hibernate.ddl-auto=validate"));
		assertThat(inspect(environment)).isEmpty();
	}

	@Test
	void hibernateReadsJvmSystemPropertiesItselfWhereSpringPassesNothingOn() {
		StandardEnvironment environment = serverEnvironment();
		environment.getPropertySources()
			.replace(StandardEnvironment.SYSTEM_PROPERTIES_PROPERTY_SOURCE_NAME,
					new MapPropertySource(StandardEnvironment.SYSTEM_PROPERTIES_PROPERTY_SOURCE_NAME,
							Map.of("hibernate.hbm2ddl.auto", "create")));
		assertThat(inspect(environment)).singleElement().satisfies((mutation) -> {
			assertThat(mutation.setting()).isEqualTo(SchemaMutationSetting.HIBERNATE_HBM2DDL_AUTO);
			assertThat(mutation.source()).isEqualTo("JVM system property -Dhibernate.hbm2ddl.auto");
			assertThat(mutation.instead()).isEqualTo("hibernate.hbm2ddl.auto=validate");
		});
		environment.getPropertySources()
			.addFirst(new MapPropertySource("application", Map.of("spring.jpa.hibernate.ddl-auto", "validate")));
		assertThat(inspect(environment)).isEmpty();
	}

	@Test
	void hibernatePropertiesOnTheClassPathIsReadWithItsLine(@TempDir Path root) throws IOException {
		Files.writeString(root.resolve("hibernate.properties"),
				"hibernate.show_sql=false\njakarta.persistence.schema-generation.database.action=drop-and-create\n");
		try (URLClassLoader classLoader = new URLClassLoader(new URL[] { root.toUri().toURL() }, CLASS_LOADER)) {
			assertThat(inspect(new PersistenceClasspath(true, true, false, false, classLoader), serverEnvironment()))
				.singleElement()
				.satisfies((mutation) -> {
					assertThat(mutation.setting()).isEqualTo(SchemaMutationSetting.DATABASE_ACTION);
					assertThat(mutation.source()).isEqualTo("class path resource [hibernate.properties], line 2");
					assertThat(mutation.effect()).isEqualTo(SchemaAction.CREATE.effect());
				});
		}
	}

	private static MockEnvironment onPostgres() {
		return new MockEnvironment().withProperty("spring.datasource.url", POSTGRES_URL);
	}

	private static StandardEnvironment serverEnvironment() {
		StandardEnvironment environment = new StandardEnvironment();
		environment.getPropertySources()
			.addLast(new MapPropertySource("server", Map.of("spring.datasource.url", POSTGRES_URL)));
		return environment;
	}

	private static List<SchemaMutation> inspect(org.springframework.core.env.Environment environment) {
		return inspect(JPA, environment);
	}

	private static List<SchemaMutation> inspect(PersistenceClasspath classpath,
			org.springframework.core.env.Environment environment) {
		List<SchemaMutation> mutations = new SchemaMutationInspector(classpath).inspect(environment);
		assertThat(mutations).allSatisfy((mutation) -> assertThat(mutation.source()).doesNotContain("s3cret"));
		return mutations;
	}

}

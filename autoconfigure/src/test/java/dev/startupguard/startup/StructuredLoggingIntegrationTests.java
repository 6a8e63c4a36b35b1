package dev.startupguard.startup;

import java.util.HashMap;
import java.util.Map;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.context.ConfigurableApplicationContext;

import dev.startupguard.report.LatestReport;
import dev.startupguard.report.SubjectKind;
import dev.startupguard.startup.app.GuardedApplication;
import dev.startupguard.testdb.TestDatabase;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * With Spring Boot's structured logging, each finding line carries its severity, kind,
 * table and column as fields that log platforms can alert on.
 */
@ExtendWith(OutputCaptureExtension.class)
class StructuredLoggingIntegrationTests {

	private TestDatabase database;

	@BeforeEach
	void createDriftedSchema() {
		this.database = TestDatabase.h2("structured");
		this.database.execute("CREATE TABLE customer (id bigint PRIMARY KEY, name varchar(80) NOT NULL)",
				"CREATE TABLE customer_order (id bigint PRIMARY KEY, customer_id bigint NOT NULL"
						+ " REFERENCES customer (id), total numeric(12,2) NOT NULL)");
	}

	@AfterEach
	void dropDatabaseAndRestoreLogging() {
		this.database.close();
		// Spring Boot hands the format to the logging system as a system property, which
		// would outlive this test and turn every later test's log into JSON
		System.clearProperty("CONSOLE_LOG_STRUCTURED_FORMAT");
	}

	@ParameterizedTest
	@ValueSource(strings = { "ecs", "logstash", "gelf" })
	void findingLinesCarryTheirFields(String format, CapturedOutput output) throws Exception {
		try (ConfigurableApplicationContext context = new SpringApplicationBuilder(GuardedApplication.class)
			.web(WebApplicationType.NONE)
			.run("--logging.structured.format.console=" + format, "--spring.datasource.url=" + this.database.url(),
					"--spring.jpa.hibernate.ddl-auto=none", "--spring.main.banner-mode=off")) {
			assertThat(context.getBean(LatestReport.class).get().subjects(SubjectKind.PERSISTENCE_UNIT)).hasSize(1);
		}
		String line = output.getOut()
			.lines()
			.filter((candidate) -> candidate.contains("MISSING_COLUMN: Column CUSTOMER.LOYALTY_TIER"))
			.findFirst()
			.orElseThrow();
		assertThat(fields(line)).containsEntry("startupguard.severity", "ERROR")
			.containsEntry("startupguard.kind", "MISSING_COLUMN")
			.containsEntry("startupguard.table", "CUSTOMER")
			.containsEntry("startupguard.column", "LOYALTY_TIER")
			.containsEntry("startupguard.unit", "default");
	}

	/**
	 * Return the fields of a JSON log line as dotted names, whether the format nests them
	 * (ECS) or not (Logstash), and without GELF's underscore for additional fields.
	 */
	private static Map<String, Object> fields(String line) throws Exception {
		Map<String, Object> fields = new HashMap<>();
		flatten("", new ObjectMapper().readValue(line, Map.class), fields);
		return fields;
	}

	private static void flatten(String prefix, Map<?, ?> json, Map<String, Object> fields) {
		json.forEach((key, value) -> {
			String name = prefix + key.toString().replaceFirst("^_", "");
			if (value instanceof Map<?, ?> nested) {
				flatten(name + ".", nested, fields);
			}
			else {
				fields.put(name, value);
			}
		});
	}

}

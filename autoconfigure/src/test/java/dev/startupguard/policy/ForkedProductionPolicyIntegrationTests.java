package dev.startupguard.policy;

import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestInstance.Lifecycle;

import dev.startupguard.policy.app.PolicyApplication;
import dev.startupguard.testdb.TestDatabase;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The application run as it runs in production: in a JVM of its own, configured by
 * environment variables. A refused start exits with a non-zero status and prints the
 * failure analysis; every row is still there afterwards.
 */
@TestInstance(Lifecycle.PER_CLASS)
class ForkedProductionPolicyIntegrationTests {

	private TestDatabase database;

	@BeforeAll
	void openDatabase() {
		this.database = TestDatabase.postgres("forked");
		ProductionPolicyIntegrationTests.fill(this.database);
	}

	@AfterAll
	void dropDatabase() {
		this.database.close();
	}

	@Test
	void refusedStartExitsWithANonZeroStatusAndTheAnalysis() throws Exception {
		Run run = run(Map.of("SPRING_PROFILES_ACTIVE", "prod", "SPRING_JPA_HIBERNATE_DDL_AUTO", "create-drop"));
		assertThat(run.exitCode()).isNotZero();
		assertThat(run.output()).contains("APPLICATION FAILED TO START")
			.contains("Startup Guard refused to start the application in production")
			.contains("    spring.jpa.hibernate.ddl-auto=create-drop")
			.contains("from:    environment variable SPRING_JPA_HIBERNATE_DDL_AUTO")
			.contains("instead: spring.jpa.hibernate.ddl-auto=validate")
			.doesNotContain(this.database.url());
		assertThat(ProductionPolicyIntegrationTests.rows(this.database))
			.isEqualTo(ProductionPolicyIntegrationTests.ROWS);
	}

	@Test
	void sameApplicationOutsideProductionExitsNormally() throws Exception {
		Run run = run(Map.of("SPRING_JPA_HIBERNATE_DDL_AUTO", "validate"));
		assertThat(run.exitCode()).as(run.output()).isZero();
		assertThat(run.output()).doesNotContain("APPLICATION FAILED TO START");
		assertThat(ProductionPolicyIntegrationTests.rows(this.database))
			.isEqualTo(ProductionPolicyIntegrationTests.ROWS);
	}

	private Run run(Map<String, String> environment) throws IOException, InterruptedException {
		String java = System.getProperty("java.home") + File.separator + "bin" + File.separator + "java";
		ProcessBuilder builder = new ProcessBuilder(
				List.of(java, "-cp", System.getProperty("java.class.path"), PolicyApplication.class.getName()));
		builder.environment().putAll(environment);
		builder.environment().put("SPRING_DATASOURCE_URL", this.database.url());
		builder.redirectErrorStream(true);
		Process process = builder.start();
		String output;
		try (InputStream in = process.getInputStream()) {
			output = new String(in.readAllBytes(), StandardCharsets.UTF_8);
		}
		assertThat(process.waitFor(2, TimeUnit.MINUTES)).as("the application exits").isTrue();
		return new Run(process.exitValue(), output);
	}

	private record Run(int exitCode, String output) {

	}

}

package dev.startupguard.examples.shop;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Runs the packaged shop in its own JVM, as a user would, with and without the
 * ahead-of-time processed context: outside production it starts and reports the missing
 * column; in production it refuses to start, exits non-zero and explains why.
 */
class ShopApplicationIT {

	@ParameterizedTest(name = "aot={0}")
	@ValueSource(booleans = { false, true })
	void startsAndReportsTheMissingColumn(boolean aot) throws Exception {
		Result result = run(aot);
		assertThat(result.exitCode()).as(result.output()).isZero();
		assertThat(result.output()).contains("Startup Guard checked persistence unit 'default' against H2")
			.contains("1 error, 0 warnings, 0 info")
			.contains("ERROR MISSING_COLUMN: Column CUSTOMER.LOYALTY_TIER does not exist")
			.contains("Fix (SAFE): ALTER TABLE CUSTOMER ADD COLUMN LOYALTY_TIER varchar(20)")
			.contains("Started ShopApplication");
	}

	@ParameterizedTest(name = "aot={0}")
	@ValueSource(booleans = { false, true })
	void refusesToStartInProduction(boolean aot) throws Exception {
		Result result = run(aot, "--spring.profiles.active=prod");
		assertThat(result.exitCode()).as(result.output()).isNotZero();
		assertThat(result.output()).contains("APPLICATION FAILED TO START")
			.contains("The database schema of persistence unit 'default' (H2")
			.contains("- ERROR MISSING_COLUMN: Column CUSTOMER.LOYALTY_TIER does not exist")
			.contains("Action:")
			.doesNotContain("Started ShopApplication");
	}

	private Result run(boolean aot, String... arguments) throws IOException, InterruptedException {
		List<String> command = new ArrayList<>();
		command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
		command.add("-Dspring.aot.enabled=" + aot);
		command.add("-jar");
		command.add(System.getProperty("shop.jar"));
		command.addAll(List.of(arguments));
		Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
		if (!process.waitFor(120, TimeUnit.SECONDS)) {
			process.destroyForcibly();
			throw new IllegalStateException("The shop did not stop within 120 seconds");
		}
		return new Result(process.exitValue(),
				new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8));
	}

	private record Result(int exitCode, String output) {
	}

}

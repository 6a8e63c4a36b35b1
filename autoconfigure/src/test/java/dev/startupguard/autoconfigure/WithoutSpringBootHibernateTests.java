package dev.startupguard.autoconfigure;

import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;

import dev.startupguard.autoconfigure.nohibernate.ApplicationWithoutSpringBootHibernate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The auto-configuration on a class path that really lacks {@code spring-boot-hibernate},
 * which is optional: a {@code FilteredClassLoader} hides classes from conditions only,
 * while a JVM without the jar also fails wherever a configuration class names a missing
 * type in a method signature.
 */
class WithoutSpringBootHibernateTests {

	@Test
	void startsAndChecksWithoutTheModule() throws IOException, InterruptedException {
		String classPath = Arrays.stream(System.getProperty("java.class.path").split(File.pathSeparator))
			.filter((entry) -> !new File(entry).getName().startsWith("spring-boot-hibernate-"))
			.collect(Collectors.joining(File.pathSeparator));
		assertThat(classPath).isNotEqualTo(System.getProperty("java.class.path"));
		String java = System.getProperty("java.home") + File.separator + "bin" + File.separator + "java";
		Process process = new ProcessBuilder(
				List.of(java, "-cp", classPath, ApplicationWithoutSpringBootHibernate.class.getName()))
			.redirectErrorStream(true)
			.start();
		String output;
		try (InputStream in = process.getInputStream()) {
			output = new String(in.readAllBytes(), StandardCharsets.UTF_8);
		}
		assertThat(process.waitFor(2, TimeUnit.MINUTES)).as("the application exits").isTrue();
		assertThat(process.exitValue()).as(output).isZero();
		assertThat(output).contains("customizer class present: false").contains("subject checks: 1");
	}

}

package dev.startupguard.benchmarks.app;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * A Spring Boot application whose entities are the generated ones of
 * {@link dev.startupguard.benchmarks.GeneratedMapping}: it starts (the data source, the
 * entity manager factory, the guard's check when it is on), prints one line and exits. A
 * whole start is what {@code benchmarks/app-start.sh} times, from the outside.
 * <p>
 * Nothing here names the entities: the script puts the directory that
 * {@link AppStartFixture} wrote on the class path and passes
 * {@code spring.jpa.mapping-resources}, the data source URL, {@code ddl-auto} and
 * {@code startup-guard.enabled} as arguments, as an application's configuration would.
 *
 * @author Startup Guard contributors
 * @since 0.1.0
 */
@SpringBootApplication
public class GeneratedEntitiesApplication {

	public static void main(String[] args) {
		long start = System.nanoTime();
		try (ConfigurableApplicationContext context = SpringApplication.run(GeneratedEntitiesApplication.class, args)) {
			System.out.printf("started in %d ms%n", (System.nanoTime() - start) / 1_000_000);
		}
	}

}

package dev.startupguard.policy.app;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.autoconfigure.SpringBootApplication;

/**
 * A minimal JPA application for the production policy tests: one entity, whatever
 * database and settings the test gives it. Its {@code main} method is what the forked JVM
 * runs.
 */
@SpringBootApplication
public class PolicyApplication {

	public static void main(String[] args) {
		SpringApplication application = new SpringApplication(PolicyApplication.class);
		application.setWebApplicationType(WebApplicationType.NONE);
		application.run(args).close();
	}

}

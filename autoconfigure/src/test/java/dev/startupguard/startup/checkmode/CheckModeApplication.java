package dev.startupguard.startup.checkmode;

import org.springframework.boot.CommandLineRunner;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.persistence.autoconfigure.EntityScan;
import org.springframework.context.annotation.Bean;

import dev.startupguard.startup.app.Customer;

/**
 * An application run in a JVM of its own by the check mode tests, with a runner that
 * check mode must never reach.
 */
@SpringBootApplication
@EntityScan(basePackageClasses = Customer.class)
public class CheckModeApplication {

	public static void main(String[] args) {
		SpringApplication.run(CheckModeApplication.class, args);
	}

	@Bean
	CommandLineRunner runner() {
		return (args) -> System.out.println("THE APPLICATION'S RUNNER RAN");
	}

}

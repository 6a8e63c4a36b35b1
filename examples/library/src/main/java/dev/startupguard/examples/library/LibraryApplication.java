package dev.startupguard.examples.library;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

/**
 * A small lending library whose schema Liquibase builds and migrates at every start, from
 * a changelog in YAML, XML and formatted SQL that matches its entities.
 *
 * @author Startup Guard contributors
 */
@SpringBootApplication
public class LibraryApplication {

	public static void main(String[] args) {
		SpringApplication.run(LibraryApplication.class, args);
	}

}

package dev.startupguard.startup.app;

import org.springframework.boot.autoconfigure.SpringBootApplication;

/**
 * A minimal JPA application for the startup tests: one entity, whatever database the test
 * points it at.
 */
@SpringBootApplication
public class GuardedApplication {

}

package dev.startupguard.examples.shop;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

/**
 * A small shop whose hand-written schema has drifted from its entities: one column the
 * entities need was never added by a migration.
 *
 * @author Startup Guard contributors
 */
@SpringBootApplication
public class ShopApplication {

	public static void main(String[] args) {
		SpringApplication.run(ShopApplication.class, args);
	}

}

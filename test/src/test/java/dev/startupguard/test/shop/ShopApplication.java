package dev.startupguard.test.shop;

import org.springframework.boot.autoconfigure.SpringBootApplication;

/**
 * The application whose entities and migrations the tests check: a customer and the
 * orders it places. Its migrations come in steps, so that a test can leave one out.
 */
@SpringBootApplication
public class ShopApplication {

}

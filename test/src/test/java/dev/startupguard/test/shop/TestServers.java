package dev.startupguard.test.shop;

/**
 * The administrative URLs of the test servers, as the tests' annotations name them: the
 * local servers unless {@code STARTUP_GUARD_TEST_POSTGRES_URL} or
 * {@code STARTUP_GUARD_TEST_MARIADB_URL} point elsewhere. A server that does not answer
 * fails the test.
 */
final class TestServers {

	static final String POSTGRES = "${STARTUP_GUARD_TEST_POSTGRES_URL:jdbc:postgresql://127.0.0.1:5432/test?user=postgres}";

	static final String MARIADB = "${STARTUP_GUARD_TEST_MARIADB_URL:jdbc:mariadb://127.0.0.1:3306/test?user=root}";

	static final String FLYWAY_COMPLETE = "spring.flyway.locations=classpath:db/shop/flyway,classpath:db/shop/flyway-v2";

	static final String FLYWAY_WITHOUT_V2 = "spring.flyway.locations=classpath:db/shop/flyway";

	static final String LIQUIBASE_COMPLETE = "spring.liquibase.change-log=classpath:db/shop/liquibase/changelog-complete.xml";

	static final String LIQUIBASE_WITHOUT_ORDERS = "spring.liquibase.change-log=classpath:db/shop/liquibase/changelog-without-orders.xml";

	private TestServers() {
	}

}

package dev.startupguard.test.shop;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.liquibase.autoconfigure.LiquibaseAutoConfiguration;

import dev.startupguard.test.MigratedSchemaTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The server named by the {@code startup-guard.test.database-url} property rather than
 * the annotation, as an application's test configuration would name it.
 */
@MigratedSchemaTest(
		properties = { "startup-guard.test.database-url=" + TestServers.POSTGRES, TestServers.FLYWAY_COMPLETE },
		excludeAutoConfiguration = LiquibaseAutoConfiguration.class)
class PostgresDatabaseUrlPropertyTests extends MigrationsMatchingTests {

	@Test
	void dataSourceIsAScratchDatabaseOnThatServer(@Value("${spring.datasource.url}") String url) {
		assertThat(url).startsWith("jdbc:postgresql://").contains("/sg_test_");
	}

}

package dev.startupguard.startup;

import java.util.Map;

import org.hibernate.tool.schema.Action;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Tests for {@link SchemaToolingAction}: which Hibernate properties leave the schema
 * alone while the session factory is built, and which validate it.
 */
class SchemaToolingActionTests {

	@Test
	void noActionOrNoneLeavesTheSchemaAlone() {
		assertThat(SchemaToolingAction.leavesSchemaAlone(Map.of())).isTrue();
		assertThat(SchemaToolingAction.leavesSchemaAlone(Map.of("hibernate.hbm2ddl.auto", " none "))).isTrue();
		assertThat(SchemaToolingAction.leavesSchemaAlone(Map.of("hibernate.hbm2ddl.auto", Action.NONE,
				"jakarta.persistence.schema-generation.database.action", "none")))
			.isTrue();
	}

	@Test
	void anyActionOnTheDatabaseChangesIt() {
		assertThat(SchemaToolingAction.leavesSchemaAlone(Map.of("hibernate.hbm2ddl.auto", "update"))).isFalse();
		assertThat(SchemaToolingAction.leavesSchemaAlone(Map.of("hibernate.hbm2ddl.auto", Action.CREATE_DROP)))
			.isFalse();
		assertThat(SchemaToolingAction
			.leavesSchemaAlone(Map.of("jakarta.persistence.schema-generation.database.action", "drop-and-create")))
			.isFalse();
		assertThat(SchemaToolingAction
			.leavesSchemaAlone(Map.of("javax.persistence.schema-generation.database.action", "create"))).isFalse();
		assertThat(SchemaToolingAction.leavesSchemaAlone(Map.of("hibernate.hbm2ddl.auto", "validate"))).isFalse();
	}

	@Test
	void valueHibernateDoesNotKnowIsNotTakenForNone() {
		assertThat(SchemaToolingAction.leavesSchemaAlone(Map.of("hibernate.hbm2ddl.auto", "NONE"))).isFalse();
		assertThat(SchemaToolingAction.validates(Map.of("hibernate.hbm2ddl.auto", "NONE"))).isFalse();
	}

	@Test
	void validateIsToldByEitherAction() {
		assertThat(SchemaToolingAction.validates(Map.of("hibernate.hbm2ddl.auto", "validate"))).isTrue();
		assertThat(SchemaToolingAction
			.validates(Map.of("jakarta.persistence.schema-generation.database.action", "validate"))).isTrue();
		assertThat(SchemaToolingAction.validates(Map.of("hibernate.hbm2ddl.auto", Action.VALIDATE))).isTrue();
		assertThat(SchemaToolingAction.validates(Map.of("hibernate.hbm2ddl.auto", "none"))).isFalse();
	}

}

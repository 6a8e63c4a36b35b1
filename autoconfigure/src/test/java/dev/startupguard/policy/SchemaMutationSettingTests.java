package dev.startupguard.policy;

import java.util.Arrays;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Tests for the {@link SchemaMutationSetting} catalogue.
 */
class SchemaMutationSettingTests {

	@ParameterizedTest(name = "{0}={1} mutates: {2}")
	@CsvSource({ "DDL_AUTO, update, true", "DDL_AUTO, create, true", "DDL_AUTO, create-drop, true",
			"DDL_AUTO, create-only, true", "DDL_AUTO, drop, true", "DDL_AUTO, truncate, true",
			"DDL_AUTO, something-new, true", "DDL_AUTO, none, false", "DDL_AUTO, validate, false",
			"DDL_AUTO, '', false", "JPA_PROPERTIES_HBM2DDL_AUTO, update, true",
			"JPA_PROPERTIES_HBM2DDL_AUTO, validate, false", "HIBERNATE_HBM2DDL_AUTO, create, true",
			"JPA_PROPERTIES_DATABASE_ACTION, create, true", "JPA_PROPERTIES_DATABASE_ACTION, drop-and-create, true",
			"JPA_PROPERTIES_DATABASE_ACTION, drop, true", "JPA_PROPERTIES_DATABASE_ACTION, none, false",
			"JPA_PROPERTIES_JAVAX_DATABASE_ACTION, drop, true", "DATABASE_ACTION, create, true",
			"JAVAX_DATABASE_ACTION, none, false", "GENERATE_DDL, true, true", "GENERATE_DDL, on, true",
			"GENERATE_DDL, false, false", "FLYWAY_CLEAN_DISABLED, false, true", "FLYWAY_CLEAN_DISABLED, true, false",
			"LIQUIBASE_DROP_FIRST, true, true", "LIQUIBASE_DROP_FIRST, false, false",
			"SQL_INIT_SCHEMA_SCRIPTS, always, true", "SQL_INIT_SCHEMA_SCRIPTS, ALWAYS, true",
			"SQL_INIT_SCHEMA_SCRIPTS, embedded, false", "SQL_INIT_SCHEMA_SCRIPTS, never, false" })
	void mutatesOnlyForTheValuesThatChangeTheSchema(SchemaMutationSetting setting, String value, boolean mutates) {
		assertThat(setting.mutates(value)).isEqualTo(mutates);
	}

	@ParameterizedTest
	@EnumSource
	void replacementLeavesTheSchemaAlone(SchemaMutationSetting setting) {
		String instead = setting.instead(setting.property());
		assertThat(instead).startsWith(setting.property() + "=");
		assertThat(setting.mutates(instead.substring(instead.indexOf('=') + 1))).isFalse();
	}

	@ParameterizedTest
	@EnumSource
	void effectOfAMutatingValueIsSaid(SchemaMutationSetting setting) {
		String mutating = switch (setting) {
			case GENERATE_DDL, LIQUIBASE_DROP_FIRST -> "true";
			case FLYWAY_CLEAN_DISABLED -> "false";
			case SQL_INIT_SCHEMA_SCRIPTS -> "always";
			case JPA_PROPERTIES_DATABASE_ACTION, JPA_PROPERTIES_JAVAX_DATABASE_ACTION, DATABASE_ACTION,
					JAVAX_DATABASE_ACTION ->
				"drop-and-create";
			default -> "create-drop";
		};
		assertThat(setting.mutates(mutating)).isTrue();
		assertThat(setting.effect(mutating)).isNotBlank();
	}

	@Test
	void onlySqlInitializationIsWarnedAboutRatherThanRefused() {
		assertThat(Arrays.stream(SchemaMutationSetting.values()).filter((setting) -> !setting.isRefusedInProduction()))
			.containsExactly(SchemaMutationSetting.SQL_INIT_SCHEMA_SCRIPTS);
	}

	@Test
	void everyKnownActionHasItsOwnEffect() {
		assertThat(Arrays.stream(SchemaAction.values()).map(SchemaAction::effect).distinct())
			.hasSize(SchemaAction.values().length);
		assertThat(Arrays.stream(SchemaAction.values()).filter((action) -> !action.mutates()))
			.containsExactly(SchemaAction.NONE, SchemaAction.VALIDATE);
	}

}

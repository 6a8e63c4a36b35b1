package dev.startupguard.schema;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Tests for {@link ColumnTypes}.
 */
class ColumnTypesTests {

	@ParameterizedTest(name = "{0} on {1}")
	@CsvSource(delimiter = '|', nullValues = "-", textBlock = """
			varchar(255)                  | POSTGRESQL | STRING       | 255 | -  | -
			character varying(40)         | POSTGRESQL | STRING       | 40  | -  | -
			character varying             | POSTGRESQL | STRING       | -   | -  | -
			text                          | POSTGRESQL | STRING       | -   | -  | -
			text                          | MYSQL      | STRING       | 65535 | - | -
			longtext                      | MYSQL      | STRING       | -   | -  | -
			character(1)                  | POSTGRESQL | STRING       | 1   | -  | -
			char                          | H2         | STRING       | 1   | -  | -
			CHARACTER LARGE OBJECT        | H2         | STRING       | -   | -  | -
			public.citext                 | POSTGRESQL | STRING       | -   | -  | -
			int4                          | POSTGRESQL | INTEGER      | 4   | -  | -
			integer                       | H2         | INTEGER      | 4   | -  | -
			int(11)                       | MYSQL      | INTEGER      | 4   | -  | -
			bigint unsigned               | MYSQL      | INTEGER      | 8   | -  | -
			smallint                      | POSTGRESQL | INTEGER      | 2   | -  | -
			tinyint(1)                    | MYSQL      | INTEGER      | 1   | -  | -
			numeric(12,2)                 | POSTGRESQL | DECIMAL      | -   | 12 | 2
			decimal(10)                   | MYSQL      | DECIMAL      | -   | 10 | 0
			numeric                       | POSTGRESQL | DECIMAL      | -   | -  | -
			float(53)                     | POSTGRESQL | FLOAT        | 8   | -  | -
			float(24)                     | H2         | FLOAT        | 4   | -  | -
			float                         | MYSQL      | FLOAT        | 4   | -  | -
			double precision              | POSTGRESQL | FLOAT        | 8   | -  | -
			real                          | H2         | FLOAT        | 4   | -  | -
			boolean                       | POSTGRESQL | BOOLEAN      | -   | -  | -
			bit                           | MYSQL      | BOOLEAN      | -   | -  | -
			bit(1)                        | MYSQL      | BOOLEAN      | -   | -  | -
			bit(8)                        | MYSQL      | OTHER        | 8   | -  | -
			timestamp(6) with time zone   | POSTGRESQL | TIMESTAMP_TZ | -   | 6  | -
			timestamp without time zone   | POSTGRESQL | TIMESTAMP    | -   | -  | -
			timestamptz                   | POSTGRESQL | TIMESTAMP_TZ | -   | -  | -
			datetime(6)                   | MYSQL      | TIMESTAMP    | -   | 6  | -
			datetime                      | MYSQL      | TIMESTAMP    | -   | 0  | -
			time(6) with time zone        | H2         | TIME_TZ      | -   | 6  | -
			date                          | MYSQL      | DATE         | -   | -  | -
			interval second(6)            | POSTGRESQL | INTERVAL     | -   | -  | -
			bytea                         | POSTGRESQL | BINARY       | -   | -  | -
			varbinary(255)                | MYSQL      | BINARY       | 255 | -  | -
			binary(16)                    | MYSQL      | BINARY       | 16  | -  | -
			longblob                      | MYSQL      | BINARY       | -   | -  | -
			oid                           | POSTGRESQL | LARGE_OBJECT | -   | -  | -
			uuid                          | POSTGRESQL | UUID         | -   | -  | -
			jsonb                         | POSTGRESQL | JSON         | -   | -  | -
			integer[]                     | POSTGRESQL | ARRAY        | -   | -  | -
			text not null default ''      | POSTGRESQL | STRING       | -   | -  | -
			geometry                      | POSTGRESQL | OTHER        | -   | -  | -
			""")
	void parseReadsFamilyAndSizes(String declaration, DatabaseFamily database, TypeFamily family, Integer length,
			Integer precision, Integer scale) {
		ColumnType type = ColumnTypes.parse(declaration, database);
		assertThat(type).isEqualTo(new ColumnType(declaration, family, length, precision, scale, List.of()));
	}

	@Test
	void parseReadsEnumValuesWithTheirCase() {
		ColumnType type = ColumnTypes.parse("enum ('Active','ON_HOLD','it''s')", DatabaseFamily.MYSQL);
		assertThat(type.family()).isEqualTo(TypeFamily.ENUM);
		assertThat(type.enumValues()).containsExactly("Active", "ON_HOLD", "it's");
	}

}

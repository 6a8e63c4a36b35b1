package dev.startupguard.drift;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import dev.startupguard.drift.TypeVerdict.Outcome;
import dev.startupguard.schema.ColumnTypes;
import dev.startupguard.schema.DatabaseFamily;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Tests for {@link TypeCompatibility}.
 */
class TypeCompatibilityTests {

	@ParameterizedTest(name = "{1} for {0} on {2}: {3}")
	@CsvSource(delimiter = '|', textBlock = """
			varchar(40)                 | text                        | POSTGRESQL | COMPATIBLE
			varchar(40)                 | varchar(20)                 | POSTGRESQL | NARROWER
			varchar(40)                 | character varying(40)       | POSTGRESQL | COMPATIBLE
			integer                     | int4                        | POSTGRESQL | COMPATIBLE
			integer                     | bigint                      | POSTGRESQL | COMPATIBLE
			bigint                      | integer                     | POSTGRESQL | NARROWER
			bigint                      | numeric(19,0)               | POSTGRESQL | COMPATIBLE
			bigint                      | numeric(9,0)                | POSTGRESQL | NARROWER
			numeric(12,2)               | numeric(19,2)               | POSTGRESQL | COMPATIBLE
			numeric(12,2)               | numeric(10,2)               | POSTGRESQL | NARROWER
			numeric(12,2)               | numeric(12,0)               | POSTGRESQL | NARROWER
			numeric(12,2)               | numeric                     | POSTGRESQL | COMPATIBLE
			numeric(12,2)               | double precision            | POSTGRESQL | LOSSY
			float(53)                   | real                        | POSTGRESQL | NARROWER
			float(53)                   | double precision            | POSTGRESQL | COMPATIBLE
			boolean                     | bool                        | POSTGRESQL | COMPATIBLE
			boolean                     | smallint                    | POSTGRESQL | INCOMPATIBLE
			bit                         | tinyint(1)                  | MYSQL      | COMPATIBLE
			bit                         | bit(1)                      | MYSQL      | COMPATIBLE
			tinyint                     | bit(1)                      | MYSQL      | COMPATIBLE
			timestamp(6) with time zone | timestamptz                 | POSTGRESQL | COMPATIBLE
			timestamp(6) with time zone | timestamp without time zone | POSTGRESQL | LOSSY
			timestamp(6)                | timestamp with time zone    | POSTGRESQL | COMPATIBLE
			timestamp(6)                | date                        | POSTGRESQL | LOSSY
			datetime(6)                 | datetime                    | MYSQL      | NARROWER_PRECISION
			timestamp(6)                | datetime(6)                 | MYSQL      | COMPATIBLE
			uuid                        | uuid                        | POSTGRESQL | COMPATIBLE
			uuid                        | varchar(36)                 | POSTGRESQL | INCOMPATIBLE
			uuid                        | char(36)                    | MYSQL      | COMPATIBLE
			uuid                        | binary(16)                  | MYSQL      | INCOMPATIBLE
			uuid                        | binary(16)                  | H2         | COMPATIBLE
			uuid                        | char(32)                    | MYSQL      | NARROWER
			jsonb                       | json                        | POSTGRESQL | COMPATIBLE
			jsonb                       | text                        | POSTGRESQL | COMPATIBLE
			json                        | longtext                    | MYSQL      | COMPATIBLE
			enum ('A','BB')             | varchar(10)                 | MYSQL      | COMPATIBLE
			enum ('A','BB')             | varchar(1)                  | H2         | NARROWER
			enum ('A','BB')             | enum('A','BB','C')          | MYSQL      | COMPATIBLE
			enum ('A','BB')             | enum('A')                   | MYSQL      | NARROWER
			varchar(255)                | enum('A','BB')              | MYSQL      | COMPATIBLE
			oid                         | oid                         | POSTGRESQL | COMPATIBLE
			oid                         | bytea                       | POSTGRESQL | INCOMPATIBLE
			varbinary(255)              | text                        | MYSQL      | BINARY_AS_TEXT
			varbinary(255)              | longtext                    | MYSQL      | BINARY_AS_TEXT
			binary varying(255)         | character large object      | H2         | BINARY_AS_TEXT
			bytea                       | text                        | POSTGRESQL | INCOMPATIBLE
			varbinary(255)              | varbinary(1000)             | MYSQL      | COMPATIBLE
			longtext                    | text                        | MYSQL      | NARROWER
			clob                        | character large object      | H2         | COMPATIBLE
			varchar(255)                | integer                     | H2         | INCOMPATIBLE
			geometry                    | geometry                    | POSTGRESQL | COMPATIBLE
			geometry                    | point                       | POSTGRESQL | INCOMPATIBLE
			""")
	void checkDecidesPerDatabaseFamily(String expected, String live, DatabaseFamily database, Outcome outcome) {
		TypeVerdict verdict = new TypeCompatibility(database).check(ColumnTypes.parse(expected, database),
				ColumnTypes.parse(live, database));
		assertThat(verdict.outcome()).isEqualTo(outcome);
		assertThat(verdict.reason() == null).isEqualTo(outcome == Outcome.COMPATIBLE);
	}

}

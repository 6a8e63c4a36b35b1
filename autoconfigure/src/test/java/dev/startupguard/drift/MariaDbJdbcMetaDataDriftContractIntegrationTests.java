package dev.startupguard.drift;

import java.time.Duration;
import java.util.Set;

import dev.startupguard.report.FindingKind;
import dev.startupguard.schema.live.LiveSchemaReader;
import dev.startupguard.schema.live.LiveSchemaReaders;
import dev.startupguard.testdb.TestDatabase;

/**
 * {@link DriftContractIntegrationTests} on MariaDB, read through JDBC metadata as a
 * database without a reader of its own is.
 */
class MariaDbJdbcMetaDataDriftContractIntegrationTests extends DriftContractIntegrationTests {

	@Override
	TestDatabase createDatabase() {
		return TestDatabase.mariadb("mariajdbcdrift");
	}

	@Override
	String handWrittenScript() {
		return "zoo/mariadb.sql";
	}

	@Override
	LiveSchemaReader reader() {
		return LiveSchemaReaders.jdbcMetaDataOnly(Duration.ofSeconds(10));
	}

	/**
	 * JDBC lists sequences, through MariaDB's driver, but not their increments.
	 */
	@Override
	Set<FindingKind> unjudgedKinds() {
		return Set.of(FindingKind.SEQUENCE_INCREMENT_MISMATCH);
	}

}

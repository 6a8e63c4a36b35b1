package dev.startupguard.drift;

import java.time.Duration;
import java.util.Set;

import dev.startupguard.report.FindingKind;
import dev.startupguard.schema.live.LiveSchemaReader;
import dev.startupguard.schema.live.LiveSchemaReaders;
import dev.startupguard.testdb.TestDatabase;

/**
 * {@link DriftContractIntegrationTests} on H2, read through JDBC metadata as a database
 * without a reader of its own is.
 */
class H2JdbcMetaDataDriftContractIntegrationTests extends DriftContractIntegrationTests {

	@Override
	TestDatabase createDatabase() {
		return TestDatabase.h2("h2jdbcdrift");
	}

	@Override
	String handWrittenScript() {
		return "zoo/h2.sql";
	}

	@Override
	LiveSchemaReader reader() {
		return LiveSchemaReaders.jdbcMetaDataOnly(Duration.ofSeconds(10));
	}

	/**
	 * H2's driver does not list sequences, and JDBC has no call for them: whether a
	 * sequence exists, and its increment, are unknown.
	 */
	@Override
	Set<FindingKind> unjudgedKinds() {
		return Set.of(FindingKind.MISSING_SEQUENCE, FindingKind.SEQUENCE_INCREMENT_MISMATCH);
	}

}

package dev.startupguard.drift;

import java.time.Duration;
import java.util.Set;

import dev.startupguard.report.FindingKind;
import dev.startupguard.schema.live.LiveSchemaReader;
import dev.startupguard.schema.live.LiveSchemaReaders;

/**
 * {@link DriftContractIntegrationTests} read through JDBC metadata, as a database without
 * a reader of its own is, run on every database by a subclass.
 */
abstract class JdbcMetaDataDriftContractIntegrationTests extends DriftContractIntegrationTests {

	@Override
	LiveSchemaReader reader() {
		return LiveSchemaReaders.jdbcMetaDataOnly(Duration.ofSeconds(10));
	}

	/**
	 * JDBC has no call for sequences: those a driver lists with the tables come without
	 * their increment.
	 */
	@Override
	Set<FindingKind> unjudgedKinds() {
		return Set.of(FindingKind.SEQUENCE_INCREMENT_MISMATCH);
	}

}

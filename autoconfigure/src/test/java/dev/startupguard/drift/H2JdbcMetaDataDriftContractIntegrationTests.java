package dev.startupguard.drift;

import java.util.Set;

import dev.startupguard.report.FindingKind;
import dev.startupguard.testdb.TestDatabase;

/**
 * {@link JdbcMetaDataDriftContractIntegrationTests} on H2.
 */
class H2JdbcMetaDataDriftContractIntegrationTests extends JdbcMetaDataDriftContractIntegrationTests {

	@Override
	TestDatabase createDatabase() {
		return TestDatabase.h2("h2jdbcdrift");
	}

	@Override
	String handWrittenScript() {
		return "zoo/h2.sql";
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

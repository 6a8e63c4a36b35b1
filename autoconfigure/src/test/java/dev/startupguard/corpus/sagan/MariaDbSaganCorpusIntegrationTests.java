package dev.startupguard.corpus.sagan;

import dev.startupguard.testdb.TestDatabase;

/**
 * {@link SaganCorpusIntegrationTests} on MariaDB, with the migrations the project ships
 * for MySQL.
 */
class MariaDbSaganCorpusIntegrationTests extends SaganCorpusIntegrationTests {

	@Override
	protected TestDatabase createDatabase() {
		return TestDatabase.mariadb("sagan");
	}

	@Override
	protected String script() {
		return "corpus/sagan/mariadb.sql";
	}

	@Override
	protected String corrections() {
		return "corpus/sagan/mariadb-corrections.sql";
	}

}

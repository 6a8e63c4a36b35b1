package dev.startupguard.corpus.eladmin;

import dev.startupguard.testdb.TestDatabase;

/**
 * {@link EladminCorpusIntegrationTests} on MariaDB, the database the project's schema
 * dump was taken from (the project runs on MySQL too).
 */
class MariaDbEladminCorpusIntegrationTests extends EladminCorpusIntegrationTests {

	@Override
	protected TestDatabase createDatabase() {
		return TestDatabase.mariadb("eladmin");
	}

	@Override
	protected String script() {
		return "corpus/eladmin/mariadb.sql";
	}

	@Override
	protected String corrections() {
		return "corpus/eladmin/mariadb-corrections.sql";
	}

}

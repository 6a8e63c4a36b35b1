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
	String retyped(String table, String column, String type) {
		return "alter table " + table + " modify column " + column + " " + type;
	}

}

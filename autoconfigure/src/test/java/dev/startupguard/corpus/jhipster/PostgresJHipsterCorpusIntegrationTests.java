package dev.startupguard.corpus.jhipster;

import dev.startupguard.testdb.TestDatabase;

/**
 * {@link JHipsterCorpusIntegrationTests} on PostgreSQL, the database the sample
 * application is generated for.
 */
class PostgresJHipsterCorpusIntegrationTests extends JHipsterCorpusIntegrationTests {

	@Override
	protected TestDatabase createDatabase() {
		return TestDatabase.postgres("jhipster");
	}

	@Override
	protected String script() {
		return "corpus/jhipster/postgresql.sql";
	}

	@Override
	protected String corrections() {
		return "corpus/jhipster/postgresql-corrections.sql";
	}

	@Override
	String droppedForeignKey(String table, String constraint) {
		return "alter table " + table + " drop constraint " + constraint;
	}

}

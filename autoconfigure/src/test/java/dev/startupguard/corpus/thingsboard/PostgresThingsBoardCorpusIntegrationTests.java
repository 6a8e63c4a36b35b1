package dev.startupguard.corpus.thingsboard;

import dev.startupguard.testdb.TestDatabase;

/**
 * {@link ThingsBoardCorpusIntegrationTests} on PostgreSQL, the only database ThingsBoard
 * keeps its entities in.
 */
class PostgresThingsBoardCorpusIntegrationTests extends ThingsBoardCorpusIntegrationTests {

	@Override
	protected TestDatabase createDatabase() {
		return TestDatabase.postgres("thingsboard");
	}

	@Override
	protected String script() {
		return "corpus/thingsboard/postgresql.sql";
	}

	@Override
	protected String corrections() {
		return "corpus/thingsboard/postgresql-corrections.sql";
	}

}

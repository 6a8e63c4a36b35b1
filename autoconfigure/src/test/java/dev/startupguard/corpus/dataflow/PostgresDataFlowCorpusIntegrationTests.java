package dev.startupguard.corpus.dataflow;

import java.util.List;

import dev.startupguard.testdb.TestDatabase;

/**
 * {@link DataFlowCorpusIntegrationTests} on PostgreSQL, with the migrations the project
 * ships for it.
 */
class PostgresDataFlowCorpusIntegrationTests extends DataFlowCorpusIntegrationTests {

	@Override
	protected TestDatabase createDatabase() {
		return TestDatabase.postgres("dataflow");
	}

	@Override
	protected String script() {
		return "corpus/dataflow/postgresql.sql";
	}

	@Override
	protected String corrections() {
		return "corpus/dataflow/postgresql-corrections.sql";
	}

	@Override
	protected List<String> shippedSchemaDrifts() {
		return INSTANTS_WITHOUT_ZONE;
	}

	@Override
	String dropPrimaryKey(String table) {
		return "drop constraint " + table + "_pkey";
	}

}

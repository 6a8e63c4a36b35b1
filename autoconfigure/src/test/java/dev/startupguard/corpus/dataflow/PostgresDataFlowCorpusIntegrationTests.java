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
	List<String> cleanSchema() {
		return lowerCase(CLEAN_SCHEMA);
	}

	@Override
	String retyped(String table, String column, String type) {
		return "alter table " + table + " alter column " + column + " type " + type + " using null";
	}

	@Override
	String dropPrimaryKey(String table) {
		return "drop constraint " + table + "_pkey";
	}

}

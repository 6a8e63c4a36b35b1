package dev.startupguard.corpus.dataflow;

import java.util.List;

import dev.startupguard.testdb.TestDatabase;

/**
 * {@link DataFlowCorpusIntegrationTests} on MariaDB, with the migrations the project
 * ships for it.
 */
class MariaDbDataFlowCorpusIntegrationTests extends DataFlowCorpusIntegrationTests {

	@Override
	protected TestDatabase createDatabase() {
		return TestDatabase.mariadb("dataflow");
	}

	@Override
	protected String script() {
		return "corpus/dataflow/mariadb.sql";
	}

	@Override
	protected String corrections() {
		return "corpus/dataflow/mariadb-corrections.sql";
	}

	@Override
	protected List<String> shippedSchemaDrifts() {
		return List.of();
	}

	@Override
	String dropPrimaryKey(String table) {
		return "drop primary key";
	}

}

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
	List<String> cleanSchema() {
		return lowerCase(CLEAN_SCHEMA).stream().filter((line) -> !line.contains("lossy_type")).toList();
	}

	@Override
	String retyped(String table, String column, String type) {
		return "alter table " + table + " modify column " + column + " " + type;
	}

	@Override
	String dropPrimaryKey(String table) {
		return "drop primary key";
	}

}

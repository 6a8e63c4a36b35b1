package dev.startupguard.corpus.dataflow;

import java.util.ArrayList;
import java.util.List;

import dev.startupguard.testdb.TestDatabase;

/**
 * {@link DataFlowCorpusIntegrationTests} on H2, with the Flyway migration the project
 * ships for it, whose {@code task_deployment} table has no primary key (the migrations
 * for the other databases declare it): a duplicate id saves without error.
 */
class H2DataFlowCorpusIntegrationTests extends DataFlowCorpusIntegrationTests {

	@Override
	protected TestDatabase createDatabase() {
		return TestDatabase.h2("dataflow");
	}

	@Override
	protected String script() {
		return "corpus/dataflow/h2.sql";
	}

	@Override
	List<String> cleanSchema() {
		List<String> expected = new ArrayList<>(lowerCase(CLEAN_SCHEMA));
		expected.add("warning missing_unique_constraint task_deployment.id");
		return expected;
	}

	@Override
	String retyped(String table, String column, String type) {
		return "alter table " + table + " alter column " + column + " set data type " + type;
	}

	@Override
	String dropPrimaryKey(String table) {
		return "drop primary key";
	}

}

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
	protected String corrections() {
		return "corpus/dataflow/h2-corrections.sql";
	}

	@Override
	protected List<String> shippedSchemaDrifts() {
		List<String> drifts = new ArrayList<>(INSTANTS_WITHOUT_ZONE);
		drifts.add("WARNING MISSING_UNIQUE_CONSTRAINT task_deployment.id");
		return drifts;
	}

	@Override
	String dropPrimaryKey(String table) {
		return "drop primary key";
	}

}

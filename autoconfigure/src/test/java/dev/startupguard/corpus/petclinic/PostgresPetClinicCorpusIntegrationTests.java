package dev.startupguard.corpus.petclinic;

import dev.startupguard.testdb.TestDatabase;

/**
 * {@link PetClinicCorpusIntegrationTests} on PostgreSQL, with the schema PetClinic ships
 * for it.
 */
class PostgresPetClinicCorpusIntegrationTests extends PetClinicCorpusIntegrationTests {

	@Override
	protected TestDatabase createDatabase() {
		return TestDatabase.postgres("petclinic");
	}

	@Override
	protected String script() {
		return "corpus/petclinic/postgresql.sql";
	}

	@Override
	String narrowed(String table, String column, String type) {
		return "alter table " + table + " alter column " + column + " type " + type;
	}

}

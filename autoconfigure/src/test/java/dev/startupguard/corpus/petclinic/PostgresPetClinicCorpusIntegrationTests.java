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
	protected String corrections() {
		return "corpus/petclinic/postgresql-corrections.sql";
	}

	@Override
	String droppedTypeForeignKey() {
		return "alter table pets drop constraint pets_type_id_fkey";
	}

}

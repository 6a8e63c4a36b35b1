package dev.startupguard.corpus.petclinic;

import dev.startupguard.testdb.TestDatabase;

/**
 * {@link PetClinicCorpusIntegrationTests} on MariaDB, with the schema PetClinic ships for
 * MySQL.
 */
class MariaDbPetClinicCorpusIntegrationTests extends PetClinicCorpusIntegrationTests {

	@Override
	protected TestDatabase createDatabase() {
		return TestDatabase.mariadb("petclinic");
	}

	@Override
	protected String script() {
		return "corpus/petclinic/mariadb.sql";
	}

	@Override
	protected String corrections() {
		return "corpus/petclinic/mariadb-corrections.sql";
	}

	@Override
	String droppedTypeForeignKey() {
		return "alter table pets drop foreign key pets_ibfk_2";
	}

}

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
	String narrowed(String table, String column, String type) {
		return "alter table " + table + " modify column " + column + " " + type;
	}

}

package dev.startupguard.corpus.petclinic;

import java.util.List;

import org.junit.jupiter.api.Test;

import dev.startupguard.corpus.CorpusIntegrationTests;
import dev.startupguard.report.FindingKind;
import dev.startupguard.report.Severity;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The Spring PetClinic sample, restated in the corpus of real schemas: its entities (Bean
 * Validation's {@code @NotBlank} on names, no stated lengths) and the schema it ships for
 * a database, written by hand. Run on each database it supports by a subclass.
 */
abstract class PetClinicCorpusIntegrationTests extends CorpusIntegrationTests {

	static final List<Class<?>> ENTITIES = List.of(Owner.class, Pet.class, PetType.class, Visit.class, Vet.class,
			Specialty.class);

	@Override
	protected List<Class<?>> entities() {
		return ENTITIES;
	}

	@Override
	protected List<String> shippedSchemaDrifts() {
		// the schema makes a pet's type NOT NULL, but Pet.type is a plain @ManyToOne,
		// optional in the mapping (the clinic checks it in a Spring MVC validator only):
		// saving a pet without a type through other code than the form fails
		return List.of("WARNING NULLABILITY_MISMATCH pets.type_id");
	}

	@Test
	void namesOnlyBeanValidationRequiresAreInfoNamingTheConstraint() {
		assertThat(findings()).filteredOn((finding) -> finding.kind() == FindingKind.UNENFORCED_NOT_NULL)
			.allSatisfy((finding) -> {
				assertThat(finding.severity()).isEqualTo(Severity.INFO);
				assertThat(finding.message()).contains("only validated as required (@NotBlank)")
					.contains("loads as a null String");
			})
			.extracting((finding) -> finding.table() + "." + finding.column())
			.containsExactlyInAnyOrder("owners.first_name", "owners.last_name", "owners.address", "owners.city",
					"owners.telephone", "pets.name", "types.name", "specialties.name", "vets.first_name",
					"vets.last_name", "visits.description");
	}

	@Test
	void droppedColumnIsMissing() {
		this.database.execute("alter table owners drop column telephone");
		assertThat(warningsAndErrors()).containsExactly("ERROR MISSING_COLUMN owners.telephone");
	}

	@Test
	void nameNarrowedByHandIsReportedWithItsLimit() {
		// the entities state no length: the narrowed column is INFO, with the limit
		this.database.execute(retyped("owners", "first_name", "varchar(10)"));
		assertThat(warningsAndErrors()).isEmpty();
		assertThat(findings())
			.filteredOn((finding) -> "owners.first_name".equals(finding.table() + "." + finding.column())
					&& finding.kind() == FindingKind.NARROWER_THAN_DEFAULT_LENGTH)
			.singleElement()
			.satisfies((finding) -> {
				assertThat(finding.severity()).isEqualTo(Severity.INFO);
				assertThat(finding.message()).contains("holds at most 10 characters")
					.contains("@Column(length = 10) or @Size(max = 10)");
			});
	}

	@Test
	void dateChangedToANumberIsATypeMismatch() {
		this.database.execute(retyped("pets", "birth_date", "integer"));
		assertThat(warningsAndErrors()).containsExactly("ERROR TYPE_MISMATCH pets.birth_date");
	}

	@Test
	void droppedForeignKeyIsMissing() {
		this.database.execute(droppedTypeForeignKey());
		assertThat(warningsAndErrors()).containsExactly("WARNING MISSING_FOREIGN_KEY pets.type_id");
	}

	@Test
	void addedNotNullColumnNoEntityWritesFailsEveryInsert() {
		this.database.execute("alter table owners add column email varchar(100) not null");
		assertThat(warningsAndErrors()).containsExactly("ERROR UNMAPPED_REQUIRED_COLUMN owners.email");
	}

	/**
	 * Return the statement that drops the foreign key from a pet to its type, by the name
	 * the database gave it.
	 * @return the statement
	 */
	abstract String droppedTypeForeignKey();

}

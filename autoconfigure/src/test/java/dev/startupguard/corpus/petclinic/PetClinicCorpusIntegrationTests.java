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

	@Test
	void cleanSchemaGivesNoErrorAndWarnsOnlyOfTheNotNullTypeThePetLeavesOptional() {
		assertThat(findings()).filteredOn((finding) -> finding.severity() != Severity.INFO)
			.extracting(CorpusIntegrationTests::describe)
			.containsExactly("WARNING NULLABILITY_MISMATCH pets.type_id");
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
	void nameNarrowedByHandIsReportedWithItsLimit() {
		this.database.execute(narrowed("owners", "first_name", "varchar(10)"));
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

	/**
	 * Return the statement that changes a column's type by hand, as a team would.
	 * @param table the table
	 * @param column the column
	 * @param type the new type
	 * @return the statement
	 */
	abstract String narrowed(String table, String column, String type);

}

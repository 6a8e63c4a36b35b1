package dev.startupguard.corpus.petclinic;

import jakarta.persistence.Column;
import jakarta.persistence.MappedSuperclass;
import jakarta.validation.constraints.NotBlank;

/**
 * A person of the clinic: first and last name, both validated as not blank.
 */
@MappedSuperclass
abstract class Person extends PetClinicEntity {

	@Column
	@NotBlank
	String firstName;

	@Column
	@NotBlank
	String lastName;

}

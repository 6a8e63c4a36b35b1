package dev.startupguard.corpus.petclinic;

import jakarta.persistence.Column;
import jakarta.persistence.MappedSuperclass;
import jakarta.validation.constraints.NotBlank;

/**
 * A PetClinic entity with a name that Bean Validation requires, and no stated length.
 */
@MappedSuperclass
abstract class Named extends PetClinicEntity {

	@Column
	@NotBlank
	String name;

}

package dev.startupguard.corpus.petclinic;

import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import jakarta.validation.constraints.NotBlank;

/**
 * A visit of a pet, with a validated description.
 */
@Entity
@Table(name = "visits")
class Visit extends PetClinicEntity {

	@Column(name = "visit_date")
	LocalDate date = LocalDate.now();

	@NotBlank
	String description;

}

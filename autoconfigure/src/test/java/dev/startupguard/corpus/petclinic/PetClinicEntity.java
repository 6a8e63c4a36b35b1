package dev.startupguard.corpus.petclinic;

import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.MappedSuperclass;

/**
 * Root of every PetClinic entity: an {@link Integer} id the database generates.
 */
@MappedSuperclass
abstract class PetClinicEntity {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	Integer id;

}

package dev.startupguard.corpus.petclinic;

import jakarta.persistence.Entity;
import jakarta.persistence.Table;

/**
 * A vet's specialty, such as surgery.
 */
@Entity
@Table(name = "specialties")
class Specialty extends Named {

}

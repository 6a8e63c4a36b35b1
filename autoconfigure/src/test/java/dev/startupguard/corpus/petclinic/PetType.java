package dev.startupguard.corpus.petclinic;

import jakarta.persistence.Entity;
import jakarta.persistence.Table;

/**
 * A kind of pet, such as a cat.
 */
@Entity
@Table(name = "types")
class PetType extends Named {

}

package dev.startupguard.corpus.petclinic;

import java.time.LocalDate;
import java.util.LinkedHashSet;
import java.util.Set;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;

/**
 * A pet: its type is an optional many-to-one (the clinic checks it in a Spring MVC
 * validator, not in the mapping), its visits a unidirectional one-to-many.
 */
@Entity
@Table(name = "pets")
class Pet extends Named {

	@Column
	LocalDate birthDate;

	@ManyToOne
	@JoinColumn(name = "type_id")
	PetType type;

	@OneToMany(cascade = CascadeType.ALL, fetch = FetchType.EAGER)
	@JoinColumn(name = "pet_id")
	@OrderBy("date ASC")
	Set<Visit> visits = new LinkedHashSet<>();

}

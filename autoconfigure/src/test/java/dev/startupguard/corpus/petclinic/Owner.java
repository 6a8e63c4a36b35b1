package dev.startupguard.corpus.petclinic;

import java.util.ArrayList;
import java.util.List;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;

/**
 * A pet owner, whose pets point back through a join column the owner maps (unidirectional
 * one-to-many).
 */
@Entity
@Table(name = "owners")
class Owner extends Person {

	@Column
	@NotBlank
	String address;

	@Column
	@NotBlank
	String city;

	@Column
	@NotBlank
	@Pattern(regexp = "\\d{10}")
	String telephone;

	@OneToMany(cascade = CascadeType.ALL, fetch = FetchType.EAGER)
	@JoinColumn(name = "owner_id")
	@OrderBy("name")
	List<Pet> pets = new ArrayList<>();

}

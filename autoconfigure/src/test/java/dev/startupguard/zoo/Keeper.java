package dev.startupguard.zoo;

import java.util.HashSet;
import java.util.Set;
import java.util.UUID;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.JoinTable;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.Version;

/**
 * Entity identified by a generated {@link UUID}, with a {@code unique} column, a
 * mixed-case quoted column, booleans, a collection of strings and a many-to-many join
 * table.
 */
@Entity
class Keeper {

	@Id
	@GeneratedValue(strategy = GenerationType.UUID)
	UUID id;

	@Column(nullable = false, length = 40)
	String firstName;

	@Column(name = "\"DisplayName\"", length = 80)
	String displayName;

	@Column(unique = true)
	String email;

	boolean active;

	Boolean onCall;

	@ElementCollection
	@CollectionTable(name = "keeper_skill", joinColumns = @JoinColumn(name = "keeper_id"))
	@Column(name = "skill", length = 40)
	Set<String> skills = new HashSet<>();

	@ManyToMany
	@JoinTable(name = "keeper_animal", joinColumns = @JoinColumn(name = "keeper_id"),
			inverseJoinColumns = @JoinColumn(name = "animal_id"))
	Set<Animal> animals = new HashSet<>();

	@Version
	int version;

}

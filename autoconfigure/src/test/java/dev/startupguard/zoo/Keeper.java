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
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/**
 * Entity identified by a generated {@link UUID}, with a {@code unique} column, a column
 * only Bean Validation requires and sizes, a mixed-case quoted column, booleans, a
 * collection of strings and a many-to-many join table.
 */
@Entity
class Keeper {

	@Id
	@GeneratedValue(strategy = GenerationType.UUID)
	UUID id;

	@Column(nullable = false, length = 40)
	String firstName;

	@NotBlank
	@Size(max = 60)
	String nickname;

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

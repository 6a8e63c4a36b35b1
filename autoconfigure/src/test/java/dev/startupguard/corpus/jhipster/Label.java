package dev.startupguard.corpus.jhipster;

import java.util.HashSet;
import java.util.Set;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * A label put on operations: a required text with a minimum size only, so the default
 * length.
 */
@Entity
@Table(name = "label")
class Label {

	@Id
	@GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "sequenceGenerator")
	@SequenceGenerator(name = "sequenceGenerator")
	@Column(name = "id")
	Long id;

	@NotNull
	@Size(min = 3)
	@Column(name = "label", nullable = false)
	String label;

	@ManyToMany(fetch = FetchType.LAZY, mappedBy = "labels")
	Set<Operation> operations = new HashSet<>();

}

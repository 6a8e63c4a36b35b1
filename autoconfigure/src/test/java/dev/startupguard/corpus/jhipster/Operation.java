package dev.startupguard.corpus.jhipster;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.HashSet;
import java.util.Set;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.JoinTable;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.validation.constraints.NotNull;

/**
 * An operation on a bank account: a required instant (stored as a plain timestamp, as the
 * application asks Hibernate to), an optional description, a required amount, and its
 * labels in a join table named {@code rel_<entity>__<relation>}, JHipster's convention.
 */
@Entity
@Table(name = "operation")
class Operation {

	@Id
	@GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "sequenceGenerator")
	@SequenceGenerator(name = "sequenceGenerator")
	@Column(name = "id")
	Long id;

	@NotNull
	@Column(name = "date", nullable = false)
	Instant date;

	@Column(name = "description")
	String description;

	@NotNull
	@Column(name = "amount", precision = 21, scale = 2, nullable = false)
	BigDecimal amount;

	@ManyToOne(fetch = FetchType.LAZY)
	BankAccount bankAccount;

	@ManyToMany(fetch = FetchType.LAZY)
	@JoinTable(name = "rel_operation__label", joinColumns = @JoinColumn(name = "operation_id"),
			inverseJoinColumns = @JoinColumn(name = "label_id"))
	Set<Label> labels = new HashSet<>();

}

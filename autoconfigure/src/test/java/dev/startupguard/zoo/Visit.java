package dev.startupguard.zoo;

import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;

/**
 * Entity with an assigned composite key declared by an {@link IdClass}.
 */
@Entity
@IdClass(VisitId.class)
class Visit {

	@Id
	LocalDate visitDate;

	@Id
	@Column(length = 10)
	String gate;

	int visitors;

}

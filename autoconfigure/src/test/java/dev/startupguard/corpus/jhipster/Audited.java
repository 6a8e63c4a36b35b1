package dev.startupguard.corpus.jhipster;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.MappedSuperclass;

/**
 * The auditing columns JHipster gives its user: who created and last changed a row, and
 * when. The creator is required; the dates are not, though Java fills them in.
 */
@MappedSuperclass
abstract class Audited {

	@Column(name = "created_by", nullable = false, length = 50, updatable = false)
	String createdBy;

	@Column(name = "created_date", updatable = false)
	Instant createdDate = Instant.now();

	@Column(name = "last_modified_by", length = 50)
	String lastModifiedBy;

	@Column(name = "last_modified_date")
	Instant lastModifiedDate = Instant.now();

}

package dev.startupguard.corpus.jhipster;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * A security role, keyed by its name.
 */
@Entity
@Table(name = "jhi_authority")
class Authority {

	@Id
	@NotNull
	@Size(max = 50)
	@Column(name = "name", length = 50, nullable = false)
	String name;

}

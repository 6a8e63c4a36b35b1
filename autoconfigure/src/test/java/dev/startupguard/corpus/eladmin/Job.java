package dev.startupguard.corpus.eladmin;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;

/**
 * A job title: its sort order a Long over an int column.
 */
@Entity
@Table(name = "sys_job")
class Job extends Audited {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	@Column(name = "job_id")
	Long id;

	@NotBlank
	String name;

	@NotNull
	Long jobSort;

	@NotNull
	Boolean enabled;

}

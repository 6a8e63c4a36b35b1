package dev.startupguard.policy.app;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * A parcel; the policy tests create its table by hand and fill it with rows that must
 * survive every refused start.
 */
@Entity
@Table(name = "parcel")
public class Parcel {

	@Id
	private Long id;

	@Column(nullable = false, length = 100)
	private String label;

	protected Parcel() {
	}

	public Long getId() {
		return this.id;
	}

	public String getLabel() {
		return this.label;
	}

}

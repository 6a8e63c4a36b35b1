package dev.startupguard.startup.multi.sales;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;

/**
 * An invoice of the sales persistence unit.
 */
@Entity
public class Invoice {

	@Id
	private Long id;

	@Column(nullable = false, length = 20)
	private String number;

	protected Invoice() {
	}

	public Long getId() {
		return this.id;
	}

	public String getNumber() {
		return this.number;
	}

}

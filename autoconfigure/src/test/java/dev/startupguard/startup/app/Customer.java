package dev.startupguard.startup.app;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;

/**
 * A customer; the startup tests create its table by hand, with or without drift.
 */
@Entity
public class Customer {

	@Id
	private Long id;

	@Column(nullable = false, length = 80)
	private String name;

	@Column(length = 20)
	private String loyaltyTier;

	protected Customer() {
	}

	public Long getId() {
		return this.id;
	}

	public String getName() {
		return this.name;
	}

	public String getLoyaltyTier() {
		return this.loyaltyTier;
	}

}

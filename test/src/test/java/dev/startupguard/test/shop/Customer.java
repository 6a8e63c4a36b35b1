package dev.startupguard.test.shop;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;

/**
 * A customer: {@code V1} creates its table, {@code V2} adds its email.
 */
@Entity
public class Customer {

	@Id
	private Long id;

	@Column(nullable = false, length = 80)
	private String name;

	@Column(length = 120)
	private String email;

	protected Customer() {
	}

	public Long getId() {
		return this.id;
	}

	public String getName() {
		return this.name;
	}

	public String getEmail() {
		return this.email;
	}

}

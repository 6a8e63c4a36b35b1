package dev.startupguard.zoo;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/**
 * Embeddable postal address, embedded twice in {@link Supplier} (with attribute
 * overrides) and used as element of a collection.
 */
@Embeddable
class Address {

	String street;

	@Column(nullable = false, length = 40)
	String city;

	@Column(length = 10)
	String postalCode;

	Address() {
	}

	Address(String street, String city, String postalCode) {
		this.street = street;
		this.city = city;
		this.postalCode = postalCode;
	}

}

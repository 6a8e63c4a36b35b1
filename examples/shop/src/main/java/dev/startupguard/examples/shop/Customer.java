package dev.startupguard.examples.shop;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import org.jspecify.annotations.Nullable;

/**
 * A customer of the shop.
 *
 * @author Startup Guard contributors
 */
@Entity
public class Customer {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private @Nullable Long id;

	@Column(nullable = false, unique = true, length = 120)
	private String email;

	@Column(nullable = false, length = 80)
	private String name;

	/**
	 * Added in the latest release; the migration that adds the column has not been
	 * applied to this database.
	 */
	@Column(length = 20)
	private @Nullable String loyaltyTier;

	// For Hibernate only, which sets the NOT NULL fields from the row right after:
	// NullAway cannot see that, so it may not ask this constructor to set them
	@SuppressWarnings("NullAway.Init")
	protected Customer() {
	}

	public Customer(String email, String name) {
		this.email = email;
		this.name = name;
	}

	public @Nullable Long getId() {
		return this.id;
	}

	public String getEmail() {
		return this.email;
	}

	public String getName() {
		return this.name;
	}

	public @Nullable String getLoyaltyTier() {
		return this.loyaltyTier;
	}

	public void setLoyaltyTier(@Nullable String loyaltyTier) {
		this.loyaltyTier = loyaltyTier;
	}

}

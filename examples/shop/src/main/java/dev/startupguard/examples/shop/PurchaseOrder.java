package dev.startupguard.examples.shop;

import java.math.BigDecimal;
import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.ManyToOne;
import org.jspecify.annotations.Nullable;

/**
 * An order a customer placed.
 *
 * @author Startup Guard contributors
 */
@Entity
public class PurchaseOrder {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private @Nullable Long id;

	@ManyToOne(optional = false)
	private Customer customer;

	@Column(nullable = false, precision = 12, scale = 2)
	private BigDecimal total;

	@Column(nullable = false)
	private Instant placedAt;

	// For Hibernate only, which sets the NOT NULL fields from the row right after:
	// NullAway cannot see that, so it may not ask this constructor to set them
	@SuppressWarnings("NullAway.Init")
	protected PurchaseOrder() {
	}

	public PurchaseOrder(Customer customer, BigDecimal total, Instant placedAt) {
		this.customer = customer;
		this.total = total;
		this.placedAt = placedAt;
	}

	public @Nullable Long getId() {
		return this.id;
	}

	public Customer getCustomer() {
		return this.customer;
	}

	public BigDecimal getTotal() {
		return this.total;
	}

	public Instant getPlacedAt() {
		return this.placedAt;
	}

}

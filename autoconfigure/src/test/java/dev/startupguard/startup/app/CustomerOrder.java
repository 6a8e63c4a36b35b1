package dev.startupguard.startup.app;

import java.math.BigDecimal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.ManyToOne;

/**
 * An order of a customer; the startup tests leave its table out to cause a second error.
 */
@Entity
public class CustomerOrder {

	@Id
	private Long id;

	@ManyToOne(optional = false)
	private Customer customer;

	@Column(nullable = false, precision = 12, scale = 2)
	private BigDecimal total;

	protected CustomerOrder() {
	}

	public Long getId() {
		return this.id;
	}

	public Customer getCustomer() {
		return this.customer;
	}

	public BigDecimal getTotal() {
		return this.total;
	}

}

package dev.startupguard.test.shop;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

/**
 * An order of a customer: {@code V2} creates its table.
 */
@Entity
@Table(name = "purchase_order")
public class PurchaseOrder {

	@Id
	private Long id;

	@ManyToOne(optional = false)
	@JoinColumn(name = "customer_id")
	private Customer customer;

	@Column(nullable = false)
	private int quantity;

	protected PurchaseOrder() {
	}

	public Long getId() {
		return this.id;
	}

	public Customer getCustomer() {
		return this.customer;
	}

	public int getQuantity() {
		return this.quantity;
	}

}

package dev.startupguard.zoo;

import java.util.ArrayList;
import java.util.List;

import jakarta.persistence.AttributeOverride;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import jakarta.persistence.UniqueConstraint;

/**
 * Entity with the default ({@code AUTO}) id generation, two embedded {@link Address
 * addresses} told apart by attribute overrides, a collection of embeddables and a
 * two-column unique constraint.
 */
@Entity
@Table(uniqueConstraints = @UniqueConstraint(columnNames = { "name", "billing_city" }))
class Supplier {

	@Id
	@GeneratedValue
	Long id;

	@Column(nullable = false, length = 100)
	String name;

	@Embedded
	@AttributeOverride(name = "street", column = @Column(name = "billing_street"))
	@AttributeOverride(name = "city", column = @Column(name = "billing_city", nullable = false, length = 40))
	@AttributeOverride(name = "postalCode", column = @Column(name = "billing_postal_code", length = 10))
	Address billing;

	@Embedded
	@AttributeOverride(name = "street", column = @Column(name = "shipping_street"))
	@AttributeOverride(name = "city", column = @Column(name = "shipping_city", length = 40))
	@AttributeOverride(name = "postalCode", column = @Column(name = "shipping_postal_code", length = 10))
	Address shipping;

	@ElementCollection
	@CollectionTable(name = "supplier_depot", joinColumns = @JoinColumn(name = "supplier_id"))
	List<Address> depots = new ArrayList<>();

}

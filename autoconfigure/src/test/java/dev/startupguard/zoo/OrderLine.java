package dev.startupguard.zoo;

import java.math.BigDecimal;

import jakarta.persistence.Column;
import jakarta.persistence.EmbeddedId;
import jakarta.persistence.Entity;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.MapsId;

/**
 * Entity with an {@link EmbeddedId} whose first part is the foreign key to its
 * {@link Order} ({@link MapsId}).
 */
@Entity
class OrderLine {

	@EmbeddedId
	OrderLineId id;

	@MapsId("orderId")
	@ManyToOne
	Order order;

	@Column(nullable = false, length = 40)
	String article;

	int quantity;

	@Column(precision = 12, scale = 2)
	BigDecimal unitPrice;

}

package dev.startupguard.zoo;

import java.io.Serializable;
import java.util.Objects;

import jakarta.persistence.Embeddable;

/**
 * Composite key of an {@link OrderLine}: the order and a line number.
 */
@Embeddable
class OrderLineId implements Serializable {

	Long orderId;

	int lineNumber;

	OrderLineId() {
	}

	OrderLineId(Long orderId, int lineNumber) {
		this.orderId = orderId;
		this.lineNumber = lineNumber;
	}

	@Override
	public boolean equals(Object other) {
		return (other instanceof OrderLineId that) && Objects.equals(this.orderId, that.orderId)
				&& this.lineNumber == that.lineNumber;
	}

	@Override
	public int hashCode() {
		return Objects.hash(this.orderId, this.lineNumber);
	}

}

package dev.startupguard.zoo;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.Objects;

/**
 * Composite key of a {@link Visit}, as an {@link jakarta.persistence.IdClass}.
 */
class VisitId implements Serializable {

	LocalDate visitDate;

	String gate;

	VisitId() {
	}

	VisitId(LocalDate visitDate, String gate) {
		this.visitDate = visitDate;
		this.gate = gate;
	}

	@Override
	public boolean equals(Object other) {
		return (other instanceof VisitId that) && Objects.equals(this.visitDate, that.visitDate)
				&& Objects.equals(this.gate, that.gate);
	}

	@Override
	public int hashCode() {
		return Objects.hash(this.visitDate, this.gate);
	}

}

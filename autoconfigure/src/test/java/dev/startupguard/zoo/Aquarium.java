package dev.startupguard.zoo;

import java.math.BigDecimal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;

/**
 * {@link Enclosure} subclass in a table of its own, with a {@link BigDecimal} of stated
 * precision and scale.
 */
@Entity
class Aquarium extends Enclosure {

	@Column(precision = 12, scale = 2)
	BigDecimal volume;

	boolean saltWater;

}

package dev.startupguard.zoo;

import java.math.BigDecimal;

import jakarta.persistence.Entity;
import jakarta.persistence.PrimaryKeyJoinColumn;

/**
 * {@link Enclosure} subclass in a table of its own with a named key column and a
 * {@link BigDecimal} of default precision and scale.
 */
@Entity
@PrimaryKeyJoinColumn(name = "enclosure_id")
class Aviary extends Enclosure {

	BigDecimal height;

}

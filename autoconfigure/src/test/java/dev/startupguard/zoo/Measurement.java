package dev.startupguard.zoo;

import java.math.BigDecimal;
import java.math.BigInteger;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.ManyToOne;

/**
 * Entity with every common numeric type, primitive (not null) and boxed (nullable).
 */
@Entity
class Measurement {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	Long id;

	@ManyToOne(optional = false)
	Animal animal;

	int heartRate;

	Integer breaths;

	long steps;

	short temperature;

	byte teeth;

	@Column(precision = 12, scale = 2)
	BigDecimal cost;

	BigDecimal ratio;

	BigInteger cells;

	double weight;

	float height;

}

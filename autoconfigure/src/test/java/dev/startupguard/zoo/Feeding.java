package dev.startupguard.zoo;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZonedDateTime;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.ManyToOne;

/**
 * Entity with every common date and time type, with and without zones.
 */
@Entity
class Feeding {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	Long id;

	@ManyToOne
	Animal animal;

	@Column(nullable = false)
	LocalDate fedOn;

	LocalTime time;

	LocalDateTime localStart;

	@Column(nullable = false)
	Instant recordedAt;

	OffsetDateTime plannedAt;

	ZonedDateTime confirmedAt;

	Duration duration;

}

package dev.startupguard.zoo;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Lob;
import jakarta.persistence.OneToOne;

/**
 * Entity with strings of several lengths, characters, a {@code text} column definition,
 * {@link Lob large objects} and a one-to-one association.
 */
@Entity
class MedicalRecord {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	Integer id;

	@OneToOne(optional = false)
	@JoinColumn(name = "animal_id")
	Animal animal;

	String title;

	@Column(length = 40)
	String code;

	@Column(length = 2000)
	String summary;

	char grade;

	Character initial;

	@Column(columnDefinition = "text")
	String notes;

	@Lob
	String history;

	@Lob
	byte[] xray;

}

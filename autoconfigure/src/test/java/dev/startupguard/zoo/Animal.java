package dev.startupguard.zoo;

import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.DiscriminatorColumn;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Index;
import jakarta.persistence.Inheritance;
import jakarta.persistence.InheritanceType;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/**
 * Root of a {@code SINGLE_TABLE} hierarchy with a discriminator column, identified by a
 * sequence with an allocation size of 50, indexed on one and on two columns.
 */
@Entity
@Inheritance(strategy = InheritanceType.SINGLE_TABLE)
@DiscriminatorColumn(name = "kind", length = 20)
@Table(indexes = { @Index(columnList = "name"),
		@Index(name = "animal_enclosure_born", columnList = "enclosure_id, born") })
abstract class Animal {

	@Id
	@GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "animal_seq")
	@SequenceGenerator(name = "animal_seq", sequenceName = "animal_seq", allocationSize = 50)
	Long id;

	@Column(nullable = false, length = 40)
	String name;

	LocalDate born;

	@ManyToOne(optional = false)
	Enclosure enclosure;

	@ManyToOne
	Keeper favouriteKeeper;

	@Version
	long version;

}

package dev.startupguard.zoo;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Inheritance;
import jakarta.persistence.InheritanceType;
import jakarta.persistence.TableGenerator;

/**
 * Root of a {@code JOINED} hierarchy, identified by a {@code TABLE} generator, with a
 * {@code unique} column.
 */
@Entity
@Inheritance(strategy = InheritanceType.JOINED)
class Enclosure {

	@Id
	@GeneratedValue(strategy = GenerationType.TABLE, generator = "enclosure_ids")
	@TableGenerator(name = "enclosure_ids", table = "id_generator", pkColumnName = "generator_name",
			valueColumnName = "next_value", pkColumnValue = "enclosure", allocationSize = 10)
	Long id;

	@Column(nullable = false, unique = true, length = 40)
	String code;

	double area;

}

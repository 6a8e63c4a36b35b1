package dev.startupguard.corpus.eladmin;

import java.util.List;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.OneToMany;
import jakarta.persistence.Table;
import jakarta.validation.constraints.NotBlank;

/**
 * A dictionary, owning its details.
 */
@Entity
@Table(name = "sys_dict")
class Dict extends Audited {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	@Column(name = "dict_id")
	Long id;

	@OneToMany(mappedBy = "dict", cascade = { CascadeType.PERSIST, CascadeType.REMOVE })
	List<DictDetail> dictDetails;

	@NotBlank
	String name;

	String description;

}

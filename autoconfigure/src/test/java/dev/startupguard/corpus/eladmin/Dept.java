package dev.startupguard.corpus.eladmin;

import java.util.Set;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.Table;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;

/**
 * A department: a tree kept by a plain parent id, a required flag.
 */
@Entity
@Table(name = "sys_dept")
class Dept extends Audited {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	@Column(name = "dept_id")
	Long id;

	@ManyToMany(mappedBy = "depts")
	Set<Role> roles;

	Integer deptSort;

	@NotBlank
	String name;

	@NotNull
	Boolean enabled;

	Long pid;

	Integer subCount = 0;

}

package dev.startupguard.corpus.eladmin;

import java.util.Set;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.JoinTable;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.Table;
import jakarta.validation.constraints.NotBlank;

/**
 * A role: its menus and departments in join tables, its level in a column named by a
 * keyword of some databases.
 */
@Entity
@Table(name = "sys_role")
class Role extends Audited {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	@Column(name = "role_id")
	Long id;

	@ManyToMany(mappedBy = "roles")
	Set<User> users;

	@ManyToMany(fetch = FetchType.EAGER)
	@JoinTable(name = "sys_roles_menus", joinColumns = @JoinColumn(name = "role_id", referencedColumnName = "role_id"),
			inverseJoinColumns = @JoinColumn(name = "menu_id", referencedColumnName = "menu_id"))
	Set<Menu> menus;

	@ManyToMany
	@JoinTable(name = "sys_roles_depts", joinColumns = @JoinColumn(name = "role_id", referencedColumnName = "role_id"),
			inverseJoinColumns = @JoinColumn(name = "dept_id", referencedColumnName = "dept_id"))
	Set<Dept> depts;

	@NotBlank
	String name;

	String dataScope = "THIS_LEVEL";

	@Column(name = "level")
	Integer level = 3;

	String description;

}

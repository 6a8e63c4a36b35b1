package dev.startupguard.corpus.eladmin;

import java.util.Set;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.Table;

/**
 * A menu entry: a field renamed by its column, two flags whose column definitions are
 * stated, a tree kept by a plain parent id.
 */
@Entity
@Table(name = "sys_menu")
class Menu extends Audited {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	@Column(name = "menu_id")
	Long id;

	@ManyToMany(mappedBy = "menus")
	Set<Role> roles;

	String title;

	@Column(name = "name")
	String componentName;

	Integer menuSort = 999;

	String component;

	String path;

	Integer type;

	String permission;

	String icon;

	@Column(columnDefinition = "bit(1) default 0")
	Boolean cache;

	@Column(columnDefinition = "bit(1) default 0")
	Boolean hidden;

	Long pid;

	Integer subCount = 0;

	Boolean iFrame;

}

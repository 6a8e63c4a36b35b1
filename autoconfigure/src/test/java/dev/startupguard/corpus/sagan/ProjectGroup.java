package dev.startupguard.corpus.sagan;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * A group projects are listed under.
 */
@Entity
@Table(name = "project_groups")
class ProjectGroup {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	Long id;

	String name;

	String label;

}

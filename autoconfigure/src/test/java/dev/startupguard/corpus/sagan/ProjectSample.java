package dev.startupguard.corpus.sagan;

import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

/**
 * A sample of a project, in its sort order.
 */
@Entity
@Table(name = "project_sample")
class ProjectSample implements Comparable<ProjectSample> {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	Long id;

	@ManyToOne(fetch = FetchType.LAZY)
	Project project;

	String title;

	String description;

	String url;

	int sortOrder = Integer.MAX_VALUE;

	@Override
	public int compareTo(ProjectSample other) {
		return Integer.compare(this.sortOrder, other.sortOrder);
	}

}

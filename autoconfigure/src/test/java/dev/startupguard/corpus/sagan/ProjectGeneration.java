package dev.startupguard.corpus.sagan;

import java.time.LocalDate;

import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.ManyToOne;

/**
 * A generation of a project (a major or minor line) and the dates its support ends.
 */
@Entity
class ProjectGeneration implements Comparable<ProjectGeneration> {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	Long id;

	@ManyToOne(fetch = FetchType.LAZY)
	Project project;

	String name;

	LocalDate initialReleaseDate;

	LocalDate ossSupportEnforcedEndDate;

	LocalDate ossSupportPolicyEndDate;

	LocalDate commercialSupportEnforcedEndDate;

	LocalDate commercialSupportPolicyEndDate;

	@Override
	public int compareTo(ProjectGeneration other) {
		return this.initialReleaseDate.compareTo(other.initialReleaseDate);
	}

}

package dev.startupguard.corpus.sagan;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

/**
 * A release of a project: its version converted to text, two enums by name, a primitive
 * flag.
 */
@Entity
@Table(name = "project_release")
class Release implements Comparable<Release> {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	Long id;

	@ManyToOne(fetch = FetchType.LAZY)
	Project project;

	Version version;

	@Enumerated(EnumType.STRING)
	Status releaseStatus;

	boolean isCurrent;

	@Enumerated(EnumType.STRING)
	Repository repository;

	String refDocUrl;

	String apiDocUrl;

	@Override
	public int compareTo(Release other) {
		return Long.compare(this.id, other.id);
	}

	enum Status {

		SNAPSHOT, PRERELEASE, GENERAL_AVAILABILITY

	}

	enum Repository {

		SNAPSHOT, MILESTONE, RELEASE

	}

}

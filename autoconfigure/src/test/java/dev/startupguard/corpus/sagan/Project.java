package dev.startupguard.corpus.sagan;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;

import jakarta.persistence.AttributeOverride;
import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.JoinTable;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;

/**
 * A project of the site, keyed by its slug: a tree of projects, its releases, samples and
 * generations, its groups in a join table, and three embeddables, one of them (a markup
 * document) embedded twice with its columns renamed.
 */
@Entity
class Project {

	@Id
	String id;

	String name;

	@Enumerated(EnumType.STRING)
	Status status = Status.ACTIVE;

	@Enumerated(EnumType.STRING)
	Policy supportPolicy = Policy.UPSTREAM;

	String repoUrl;

	@ManyToOne
	Project parentProject;

	@OneToMany(mappedBy = "parentProject")
	@OrderBy("display.sortOrder")
	List<Project> subProjects = new ArrayList<>();

	@OneToMany(mappedBy = "project", cascade = CascadeType.ALL, orphanRemoval = true)
	SortedSet<Release> releases = new TreeSet<>();

	@Embedded
	@AttributeOverride(name = "lastModified", column = @Column(name = "project_generations_lastmodified"))
	GenerationsInfo generationsInfo = new GenerationsInfo();

	@ManyToMany
	@JoinTable(name = "project_groups_rel", joinColumns = @JoinColumn(name = "project_id"),
			inverseJoinColumns = @JoinColumn(name = "group_id"))
	Set<ProjectGroup> groups = new HashSet<>();

	@Embedded
	Display display = new Display();

	@Embedded
	@AttributeOverride(name = "source", column = @Column(name = "bootconfig_source"))
	@AttributeOverride(name = "html", column = @Column(name = "bootconfig_html"))
	MarkupDocument bootConfig = new MarkupDocument();

	@Embedded
	@AttributeOverride(name = "source", column = @Column(name = "overview_source"))
	@AttributeOverride(name = "html", column = @Column(name = "overview_html"))
	MarkupDocument overview = new MarkupDocument();

	@OneToMany(mappedBy = "project", cascade = CascadeType.ALL, orphanRemoval = true)
	SortedSet<ProjectSample> samples = new TreeSet<>();

	String stackOverflowTags;

	enum Status {

		INCUBATING, ACTIVE, COMMUNITY, END_OF_LIFE

	}

	enum Policy {

		UPSTREAM, SPRING_BOOT

	}

	/**
	 * How a project shows on the site: a primitive flag and a primitive sort order.
	 */
	@Embeddable
	static class Display {

		String siteUrl;

		boolean featured;

		String tagLine;

		int sortOrder = Integer.MAX_VALUE;

		String imagePath;

	}

	/**
	 * A document as its markup source and its rendered HTML.
	 */
	@Embeddable
	static class MarkupDocument {

		String source;

		String html;

	}

	/**
	 * The project's generations, with the time they last changed: an association inside
	 * an embeddable.
	 */
	@Embeddable
	static class GenerationsInfo {

		@OneToMany(mappedBy = "project", cascade = CascadeType.ALL, orphanRemoval = true)
		SortedSet<ProjectGeneration> generations = new TreeSet<>();

		OffsetDateTime lastModified;

	}

}

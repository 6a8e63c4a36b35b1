package dev.startupguard.corpus.sagan;

import java.util.Date;
import java.util.HashSet;
import java.util.Set;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.ManyToOne;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/**
 * A blog post: a required author, enums stored by name, contents as text, the slugs it
 * was published under before in an element collection.
 */
@Entity
class Post {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	Long id;

	@ManyToOne(cascade = CascadeType.PERSIST, optional = false)
	MemberProfile author;

	@Column(nullable = false)
	String title;

	@Column(nullable = false)
	@Enumerated(EnumType.STRING)
	Category category;

	@Column(nullable = false)
	@Enumerated(EnumType.STRING)
	Format format;

	@Column(nullable = false)
	@JdbcTypeCode(SqlTypes.LONG32VARCHAR)
	String rawContent;

	@Column(nullable = false)
	@JdbcTypeCode(SqlTypes.LONG32VARCHAR)
	String renderedContent;

	@Column(nullable = false)
	@JdbcTypeCode(SqlTypes.LONG32VARCHAR)
	String renderedSummary;

	@Column(nullable = false)
	Date createdAt = new Date();

	@Column(nullable = false)
	boolean draft = true;

	@Column(nullable = false)
	boolean broadcast;

	Date publishAt;

	String publicSlug;

	@ElementCollection
	Set<String> publicSlugAliases = new HashSet<>();

	enum Category {

		ENGINEERING, RELEASES, NEWS_AND_EVENTS

	}

	enum Format {

		MARKDOWN, ASCIIDOC

	}

}

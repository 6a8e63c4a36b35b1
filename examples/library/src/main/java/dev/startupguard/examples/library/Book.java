package dev.startupguard.examples.library;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.persistence.UniqueConstraint;
import org.jspecify.annotations.Nullable;

/**
 * A book the library lends.
 *
 * @author Startup Guard contributors
 */
@Entity
@Table(uniqueConstraints = @UniqueConstraint(name = "uk_book_isbn", columnNames = "isbn"))
public class Book {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private @Nullable Long id;

	@Column(nullable = false, length = 17)
	private String isbn;

	@Column(nullable = false, length = 200)
	private String title;

	@ManyToOne(optional = false)
	@JoinColumn(name = "author_id")
	private Author author;

	// For Hibernate only, which sets the NOT NULL fields from the row right after:
	// NullAway cannot see that, so it may not ask this constructor to set them
	@SuppressWarnings("NullAway.Init")
	protected Book() {
	}

	public Book(String isbn, String title, Author author) {
		this.isbn = isbn;
		this.title = title;
		this.author = author;
	}

	public @Nullable Long getId() {
		return this.id;
	}

	public String getIsbn() {
		return this.isbn;
	}

	public String getTitle() {
		return this.title;
	}

	public Author getAuthor() {
		return this.author;
	}

}

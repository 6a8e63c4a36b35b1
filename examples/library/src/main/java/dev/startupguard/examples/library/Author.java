package dev.startupguard.examples.library;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import org.jspecify.annotations.Nullable;

/**
 * An author of books the library lends.
 *
 * @author Startup Guard contributors
 */
@Entity
public class Author {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private @Nullable Long id;

	@Column(nullable = false, length = 120)
	private String name;

	// For Hibernate only, which sets the NOT NULL fields from the row right after:
	// NullAway cannot see that, so it may not ask this constructor to set them
	@SuppressWarnings("NullAway.Init")
	protected Author() {
	}

	public Author(String name) {
		this.name = name;
	}

	public @Nullable Long getId() {
		return this.id;
	}

	public String getName() {
		return this.name;
	}

}

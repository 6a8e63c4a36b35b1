package dev.startupguard.examples.library;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import org.jspecify.annotations.Nullable;

/**
 * A member of the library, who borrows books.
 *
 * @author Startup Guard contributors
 */
@Entity
public class Member {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private @Nullable Long id;

	@Column(nullable = false, unique = true, length = 120)
	private String email;

	@Column(nullable = false, length = 80)
	private String name;

	@Column(length = 30)
	private @Nullable String phone;

	// For Hibernate only, which sets the NOT NULL fields from the row right after:
	// NullAway cannot see that, so it may not ask this constructor to set them
	@SuppressWarnings("NullAway.Init")
	protected Member() {
	}

	public Member(String email, String name) {
		this.email = email;
		this.name = name;
	}

	public @Nullable Long getId() {
		return this.id;
	}

	public String getEmail() {
		return this.email;
	}

	public String getName() {
		return this.name;
	}

	public @Nullable String getPhone() {
		return this.phone;
	}

	public void setPhone(@Nullable String phone) {
		this.phone = phone;
	}

}

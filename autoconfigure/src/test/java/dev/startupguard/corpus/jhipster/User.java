package dev.startupguard.corpus.jhipster;

import java.time.Instant;
import java.util.HashSet;
import java.util.Set;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.JoinTable;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * JHipster's user: a shared sequence for its id, every string with a stated length
 * (repeated by {@code @Size}), a unique login and e-mail, a primitive flag, and its roles
 * in a join table keyed by the role's name.
 */
@Entity
@Table(name = "jhi_user")
class User extends Audited {

	@Id
	@GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "sequenceGenerator")
	@SequenceGenerator(name = "sequenceGenerator")
	@Column(name = "id")
	Long id;

	@NotNull
	@Size(min = 1, max = 50)
	@Column(name = "login", length = 50, unique = true, nullable = false)
	String login;

	@NotNull
	@Size(min = 60, max = 60)
	@Column(name = "password_hash", length = 60, nullable = false)
	String password;

	@Size(max = 50)
	@Column(name = "first_name", length = 50)
	String firstName;

	@Size(max = 50)
	@Column(name = "last_name", length = 50)
	String lastName;

	@Email
	@Size(min = 5, max = 254)
	@Column(name = "email", length = 254, unique = true)
	String email;

	@NotNull
	@Column(name = "activated", nullable = false)
	boolean activated;

	@Size(min = 2, max = 10)
	@Column(name = "lang_key", length = 10)
	String langKey;

	@Size(max = 256)
	@Column(name = "image_url", length = 256)
	String imageUrl;

	@Size(max = 20)
	@Column(name = "activation_key", length = 20)
	String activationKey;

	@Size(max = 20)
	@Column(name = "reset_key", length = 20)
	String resetKey;

	@Column(name = "reset_date")
	Instant resetDate;

	@ManyToMany
	@JoinTable(name = "jhi_user_authority", joinColumns = @JoinColumn(name = "user_id", referencedColumnName = "id"),
			inverseJoinColumns = @JoinColumn(name = "authority_name", referencedColumnName = "name"))
	Set<Authority> authorities = new HashSet<>();

}

package dev.startupguard.examples.library;

import java.time.Instant;
import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Index;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import org.jspecify.annotations.Nullable;

/**
 * A book lent to a member: open until it is returned.
 *
 * @author Startup Guard contributors
 */
@Entity
@Table(indexes = @Index(name = "idx_loan_due_on", columnList = "due_on"))
public class Loan {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private @Nullable Long id;

	@ManyToOne(optional = false)
	private Book book;

	@ManyToOne(optional = false)
	private Member member;

	@Column(nullable = false)
	private Instant borrowedAt;

	@Column(nullable = false)
	private LocalDate dueOn;

	private @Nullable Instant returnedAt;

	// For Hibernate only, which sets the NOT NULL fields from the row right after:
	// NullAway cannot see that, so it may not ask this constructor to set them
	@SuppressWarnings("NullAway.Init")
	protected Loan() {
	}

	public Loan(Book book, Member member, Instant borrowedAt, LocalDate dueOn) {
		this.book = book;
		this.member = member;
		this.borrowedAt = borrowedAt;
		this.dueOn = dueOn;
	}

	public @Nullable Long getId() {
		return this.id;
	}

	public Book getBook() {
		return this.book;
	}

	public Member getMember() {
		return this.member;
	}

	public Instant getBorrowedAt() {
		return this.borrowedAt;
	}

	public LocalDate getDueOn() {
		return this.dueOn;
	}

	public @Nullable Instant getReturnedAt() {
		return this.returnedAt;
	}

	public void setReturnedAt(@Nullable Instant returnedAt) {
		this.returnedAt = returnedAt;
	}

}

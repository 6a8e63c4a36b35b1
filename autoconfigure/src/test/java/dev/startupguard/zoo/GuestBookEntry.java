package dev.startupguard.zoo;

import java.time.LocalDateTime;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * Entity in a table with a quoted mixed-case name, {@code "GuestBook"}.
 */
@Entity
@Table(name = "\"GuestBook\"")
class GuestBookEntry {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	Long id;

	@Column(nullable = false, length = 2000)
	String message;

	@Column(name = "\"SignedBy\"", length = 40)
	String signedBy;

	LocalDateTime writtenAt;

}

package dev.startupguard.schema.expected;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * An entity in a schema of its own.
 */
@Entity
@Table(schema = "billing", name = "invoice")
class Invoice {

	@Id
	private Long id;

	@Column(nullable = false, length = 20)
	private String number;

}

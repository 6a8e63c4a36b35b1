package dev.startupguard.zoo;

import java.math.BigDecimal;
import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/**
 * Entity in a table named by a reserved word ({@code "order"}, quoted), with a column
 * named by another ({@code `value`}, quoted with backticks), identified by an identity
 * column.
 */
@Entity
@Table(name = "\"order\"")
class Order {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	Long id;

	@ManyToOne(optional = false)
	Supplier supplier;

	@Column(nullable = false)
	Instant placedAt;

	@Column(name = "`value`", precision = 12, scale = 2)
	BigDecimal value;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false)
	OrderStatus status;

	@Version
	Integer version;

}

package dev.startupguard.zoo;

import java.math.BigDecimal;
import java.time.DayOfWeek;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Index;
import jakarta.persistence.Table;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/**
 * Entity with a {@link UUID} attribute, enums stored by name and by ordinal, booleans,
 * JSON, and a column named by a reserved word ({@code "user"}, quoted).
 */
@Entity
@Table(indexes = @Index(columnList = "type, sold_at"))
class Ticket {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	Long id;

	@Column(nullable = false, unique = true)
	UUID barcode;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false)
	TicketType type;

	DayOfWeek validOn;

	@Column(nullable = false)
	Instant soldAt;

	@Column(precision = 12, scale = 2, nullable = false)
	BigDecimal price;

	boolean used;

	Boolean refunded;

	@Column(name = "\"user\"", length = 40)
	String user;

	@JdbcTypeCode(SqlTypes.JSON)
	Map<String, Object> extras;

	@JdbcTypeCode(SqlTypes.JSON)
	String rawJson;

}

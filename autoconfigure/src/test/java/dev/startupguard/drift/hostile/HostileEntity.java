package dev.startupguard.drift.hostile;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Index;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.persistence.UniqueConstraint;

/**
 * An entity whose every name is hostile to SQL written carelessly: spaces, a semicolon
 * followed by a statement, a single quote, Unicode, mixed case and a reserved word, in
 * the table, columns, an index, a unique constraint and a foreign key's column.
 */
@Entity
@Table(name = "`" + HostileEntity.TABLE + "`", indexes = @Index(name = "idx_groesse", columnList = "`Größe`"),
		uniqueConstraints = @UniqueConstraint(name = "`uk o'clock`", columnNames = "`o'clock`"))
public class HostileEntity {

	/**
	 * The table's name, ending in a statement that drops the canary table.
	 */
	public static final String TABLE = "order lines; DROP TABLE canary";

	@Id
	Long id;

	@Column(name = "`Größe`")
	Integer size;

	@Column(name = "`o'clock`", length = 20)
	String clock;

	@Column(name = "`select`", length = 40)
	String select;

	@Column(name = "`Mixed Case`", length = 40)
	String mixedCase;

	@ManyToOne
	@JoinColumn(name = "`parent; id`")
	HostileEntity parent;

}

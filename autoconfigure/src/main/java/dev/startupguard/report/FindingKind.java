package dev.startupguard.report;

/**
 * Kind of a {@link Finding}, each with the severity it has unless configured otherwise.
 *
 * @author Startup Guard contributors
 * @since 0.1.0
 */
public enum FindingKind {

	/**
	 * An entity's table does not exist.
	 */
	MISSING_TABLE(Severity.ERROR),

	/**
	 * A mapped column does not exist.
	 */
	MISSING_COLUMN(Severity.ERROR),

	/**
	 * A column's type cannot hold what the mapping writes, or converts it with loss.
	 */
	TYPE_MISMATCH(Severity.ERROR),

	/**
	 * A column is shorter or less precise than the mapping declares, so some values do
	 * not fit.
	 */
	NARROWER_COLUMN(Severity.WARNING),

	/**
	 * A column's nullability differs from the mapping's.
	 */
	NULLABILITY_MISMATCH(Severity.WARNING),

	/**
	 * A NOT NULL column without a default that no entity writes: every insert fails.
	 */
	UNMAPPED_REQUIRED_COLUMN(Severity.ERROR),

	/**
	 * A sequence an id generator draws from does not exist.
	 */
	MISSING_SEQUENCE(Severity.ERROR),

	/**
	 * A sequence steps by another increment than its generator allocates, so ids can
	 * collide.
	 */
	SEQUENCE_INCREMENT_MISMATCH(Severity.ERROR),

	/**
	 * A primary key or unique constraint the mapping declares is not enforced.
	 */
	MISSING_UNIQUE_CONSTRAINT(Severity.WARNING),

	/**
	 * A foreign key the mapping declares is not enforced.
	 */
	MISSING_FOREIGN_KEY(Severity.WARNING),

	/**
	 * An index the mapping declares does not exist.
	 */
	MISSING_INDEX(Severity.INFO),

	/**
	 * A table that no entity maps.
	 */
	UNMAPPED_TABLE(Severity.INFO),

	/**
	 * A setting lets the application change the schema at startup in production, such as
	 * {@code spring.jpa.hibernate.ddl-auto=update}; reported where the start was allowed
	 * to go on, as a warning, since the team chose it (without that choice the start is
	 * refused before any bean exists).
	 */
	SCHEMA_MUTATION_SETTING(Severity.WARNING),

	/**
	 * A check could not run, so its absence of findings means nothing.
	 */
	CHECK_ERROR(Severity.ERROR);

	private final Severity defaultSeverity;

	FindingKind(Severity defaultSeverity) {
		this.defaultSeverity = defaultSeverity;
	}

	/**
	 * Return the severity findings of this kind have unless configured otherwise.
	 * @return the default severity
	 */
	public Severity defaultSeverity() {
		return this.defaultSeverity;
	}

}

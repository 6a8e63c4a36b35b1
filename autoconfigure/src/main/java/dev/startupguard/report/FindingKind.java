package dev.startupguard.report;

/**
 * Kind of a {@link Finding}: the one place that says what findings of each kind mean.
 * Each kind has the severity it has unless configured otherwise, and a {@link Nature}
 * that decides what its findings do to the subject's outcome, to health and to the start.
 * A kind means one thing, so that {@code startup-guard.severity.<KIND>} changes one
 * behaviour.
 *
 * @author Startup Guard contributors
 * @since 0.1.0
 */
public enum FindingKind {

	/**
	 * An entity's table does not exist.
	 */
	MISSING_TABLE(Severity.ERROR, Nature.DIFFERENCE),

	/**
	 * An entity's table is not visible to the application's user (MariaDB and MySQL hide
	 * the tables a user holds no privilege on): it does not exist, or the user may not
	 * use it. Either way every use of it fails.
	 */
	TABLE_NOT_VISIBLE(Severity.ERROR, Nature.DIFFERENCE),

	/**
	 * A mapped column does not exist.
	 */
	MISSING_COLUMN(Severity.ERROR, Nature.DIFFERENCE),

	/**
	 * A column's type cannot hold what the mapping writes, or cannot be read back as
	 * mapped: loading or saving the entity fails.
	 */
	TYPE_MISMATCH(Severity.ERROR, Nature.DIFFERENCE),

	/**
	 * A column's type takes what the mapping writes, but converts it with loss: a time
	 * zone, a fraction or the time of day is dropped.
	 */
	LOSSY_TYPE(Severity.WARNING, Nature.DIFFERENCE),

	/**
	 * A column of text holds what the mapping writes as bytes ({@code byte[]}) on MySQL,
	 * MariaDB or H2: bytes that are text in the column's character set save and load
	 * unchanged (encoded text stored as bytes), other bytes fail to save or are replaced.
	 */
	BINARY_IN_TEXT_COLUMN(Severity.INFO, Nature.DIFFERENCE),

	/**
	 * A column is shorter or smaller than the mapping declares, so some values do not
	 * fit.
	 */
	NARROWER_COLUMN(Severity.WARNING, Nature.DIFFERENCE),

	/**
	 * An id the database generates ({@code IDENTITY}) is held by an integer column
	 * narrower than the attribute (an {@code int auto_increment} for a {@code Long}): the
	 * ids fit up to the column's limit, a distant one, after which inserts fail.
	 */
	NARROWER_GENERATED_ID(Severity.INFO, Nature.DIFFERENCE),

	/**
	 * A time or timestamp column keeps fewer fractional seconds than the mapping
	 * declares: the extra digits are cut or rounded.
	 */
	NARROWER_FRACTIONAL_SECONDS(Severity.INFO, Nature.DIFFERENCE),

	/**
	 * A string column is narrower than Hibernate's default length (255) where the entity
	 * states no length: saving a longer value fails, and the entity does not say where
	 * the limit is.
	 */
	NARROWER_THAN_DEFAULT_LENGTH(Severity.INFO, Nature.DIFFERENCE),

	/**
	 * A column is NOT NULL, but the entity may write null into it: saving such an entity
	 * fails.
	 */
	NULLABILITY_MISMATCH(Severity.WARNING, Nature.DIFFERENCE),

	/**
	 * A column accepts null, but the attribute it loads into is primitive and cannot hold
	 * null: loading a row with null in it fails.
	 */
	NULLABLE_PRIMITIVE_COLUMN(Severity.WARNING, Nature.DIFFERENCE),

	/**
	 * The join column of a required association ({@code optional = false}) accepts null:
	 * Hibernate may join it with an inner join, so rows with a null key vanish from
	 * results.
	 */
	NULLABLE_REQUIRED_ASSOCIATION(Severity.WARNING, Nature.DIFFERENCE),

	/**
	 * A column accepts null, but the entity declares it NOT NULL
	 * ({@code @Column(nullable = false)}) or validates it as required (Bean Validation
	 * {@code @NotNull}, {@code @NotBlank}, {@code @NotEmpty}) on an attribute that can
	 * hold null: the database does not enforce what the application checks, and nothing
	 * fails.
	 */
	UNENFORCED_NOT_NULL(Severity.INFO, Nature.DIFFERENCE),

	/**
	 * A NOT NULL column without a default that no entity writes: every insert fails.
	 */
	UNMAPPED_REQUIRED_COLUMN(Severity.ERROR, Nature.DIFFERENCE),

	/**
	 * A nullable or defaulted column of a mapped table that no entity maps: the
	 * application never reads or writes it, and inserts need no value for it.
	 */
	UNMAPPED_COLUMN(Severity.INFO, Nature.DIFFERENCE),

	/**
	 * A sequence an id generator draws from does not exist.
	 */
	MISSING_SEQUENCE(Severity.ERROR, Nature.DIFFERENCE),

	/**
	 * A sequence steps by another increment than its generator allocates, so ids can
	 * collide.
	 */
	SEQUENCE_INCREMENT_MISMATCH(Severity.ERROR, Nature.DIFFERENCE),

	/**
	 * A primary key or unique constraint the mapping declares is not enforced.
	 */
	MISSING_UNIQUE_CONSTRAINT(Severity.WARNING, Nature.DIFFERENCE),

	/**
	 * The join column of a {@code @OneToOne} whose other side no entity maps has no
	 * unique key: several rows may point to the same row, and nothing Hibernate loads
	 * relies on it, so nothing fails.
	 */
	UNENFORCED_ONE_TO_ONE(Severity.INFO, Nature.DIFFERENCE),

	/**
	 * A foreign key the mapping declares is not enforced.
	 */
	MISSING_FOREIGN_KEY(Severity.WARNING, Nature.DIFFERENCE),

	/**
	 * An index the mapping declares does not exist.
	 */
	MISSING_INDEX(Severity.INFO, Nature.DIFFERENCE),

	/**
	 * A schema named in {@code startup-guard.schemas} does not exist, or the
	 * application's user may not see it: none of its tables is checked.
	 */
	MISSING_SCHEMA(Severity.WARNING, Nature.DIFFERENCE),

	/**
	 * A table that no entity maps.
	 */
	UNMAPPED_TABLE(Severity.INFO, Nature.DIFFERENCE),

	/**
	 * A setting lets the application change the schema at startup in production, such as
	 * {@code spring.jpa.hibernate.ddl-auto=update}; reported where the start was allowed
	 * to go on, as a warning, since the team chose it (without that choice the start is
	 * refused before any bean exists).
	 */
	SCHEMA_MUTATION_SETTING(Severity.WARNING, Nature.ALLOWED_SETTING),

	/**
	 * A migration the code has and the database has not, which nothing applies at this
	 * start: the code was deployed ahead of its migrations.
	 */
	MIGRATION_PENDING(Severity.ERROR, Nature.DIFFERENCE),

	/**
	 * A migration that was pending when the application started and that the migration
	 * tool applied at this start, before the application used the database.
	 */
	MIGRATION_APPLIED_AT_START(Severity.INFO, Nature.REVIEW),

	/**
	 * A migration that failed: the database may hold part of what it does.
	 */
	MIGRATION_FAILED(Severity.ERROR, Nature.DIFFERENCE),

	/**
	 * A migration the database has applied that the code no longer has.
	 */
	MIGRATION_MISSING_LOCALLY(Severity.WARNING, Nature.DIFFERENCE),

	/**
	 * A migration the database has applied that is newer than any the code has: the code
	 * was rolled back.
	 */
	MIGRATION_NEWER_THAN_CODE(Severity.WARNING, Nature.DIFFERENCE),

	/**
	 * An applied migration whose script was edited since it ran.
	 */
	MIGRATION_CHECKSUM_MISMATCH(Severity.WARNING, Nature.DIFFERENCE),

	/**
	 * A migration applied after a newer one, as out-of-order mode allows.
	 */
	MIGRATION_OUT_OF_ORDER(Severity.INFO, Nature.DIFFERENCE),

	/**
	 * A migration older than the database's current version that was never applied and
	 * never will be unless out-of-order mode is on.
	 */
	MIGRATION_IGNORED(Severity.ERROR, Nature.DIFFERENCE),

	/**
	 * The migration tool's lock is held (Liquibase's {@code DATABASECHANGELOGLOCK}): a
	 * migration is running elsewhere, or one died holding it, and every later update
	 * waits for it and then fails.
	 */
	MIGRATION_LOCK_HELD(Severity.WARNING, Nature.DIFFERENCE),

	/**
	 * A precondition that stops the update fails on this database: a changelog's own, or
	 * a pending changeset's with {@code onFail} or {@code onError} set to {@code HALT}.
	 */
	MIGRATION_PRECONDITION_FAILED(Severity.ERROR, Nature.DIFFERENCE),

	/**
	 * The migrations do not pass the tool's own validation (duplicate changesets, a
	 * change missing what it needs), so the tool refuses to apply any of them.
	 */
	MIGRATION_INVALID(Severity.ERROR, Nature.DIFFERENCE),

	/**
	 * A statement of a pending migration classified RISKY or DESTRUCTIVE by the lint.
	 */
	MIGRATION_LINT(Severity.WARNING, Nature.REVIEW),

	/**
	 * A statement of a pending migration the lint could not read, or a migration it
	 * cannot read at all (a Java migration).
	 */
	MIGRATION_NOT_LINTED(Severity.INFO, Nature.REVIEW),

	/**
	 * The live schema differs from the snapshot of what the migrations built (the file
	 * the test module writes): a table, column, key, foreign key, index or sequence was
	 * added, removed or changed outside the migrations, by hand or by a hot fix. A
	 * warning that never refuses the start at the default {@code fail-severity}: what
	 * changed may be deliberate, and whether the entities notice is the drift check's to
	 * say.
	 */
	CHANGED_OUTSIDE_MIGRATIONS(Severity.WARNING, Nature.DIFFERENCE),

	/**
	 * The live schema was not compared with the snapshot of what the migrations built,
	 * since the database's applied migrations are not the snapshot's (pending ones, newer
	 * ones, another tool) or it is another database family: a comparison would report
	 * every migration's work as a change.
	 */
	SNAPSHOT_NOT_COMPARED(Severity.INFO, Nature.DIFFERENCE),

	/**
	 * A check could not run, so its absence of findings means nothing.
	 */
	CHECK_ERROR(Severity.ERROR, Nature.CHECK_FAILED);

	private final Severity defaultSeverity;

	private final Nature nature;

	FindingKind(Severity defaultSeverity, Nature nature) {
		this.defaultSeverity = defaultSeverity;
		this.nature = nature;
	}

	/**
	 * Return the severity findings of this kind have unless configured otherwise.
	 * @return the default severity
	 */
	public Severity defaultSeverity() {
		return this.defaultSeverity;
	}

	/**
	 * Return what findings of this kind mean to the outcome, health and the start.
	 * @return the nature
	 */
	public Nature nature() {
		return this.nature;
	}

	/**
	 * What findings of a kind are, and so what they do.
	 */
	public enum Nature {

		/**
		 * A difference between what the code expects and what the database has. At
		 * WARNING or above it makes the subject's outcome {@code drift}; at ERROR it
		 * turns health DOWN; with {@code on-drift=fail} it refuses the start at or above
		 * {@code fail-severity}.
		 */
		DIFFERENCE,

		/**
		 * A schema-changing setting the production policy allowed before any bean
		 * existed. It counts as drift like a difference, but never refuses the start: the
		 * policy has decided on it already.
		 */
		ALLOWED_SETTING,

		/**
		 * What a migration does or did, for people to review: it counts as drift at
		 * WARNING or above, but never turns health DOWN and never refuses the start
		 * afterwards. A destructive statement is refused before it runs, in production,
		 * by its own rule.
		 */
		REVIEW,

		/**
		 * The check could not run, so nothing is known: the subject's outcome is
		 * {@code error}, health is UNKNOWN rather than DOWN (an unreachable database is
		 * the {@code db} indicator's to report), and {@code on-check-error} decides the
		 * start. Its message (a driver's error) may differ from one attempt to the next
		 * without anything having changed.
		 */
		CHECK_FAILED;

		/**
		 * Return whether a finding of this nature at the given severity turns health
		 * DOWN.
		 * @param severity the finding's severity
		 * @return {@code true} for an ERROR that is a difference or an allowed setting
		 */
		public boolean turnsHealthDown(Severity severity) {
			return (this == DIFFERENCE || this == ALLOWED_SETTING) && severity == Severity.ERROR;
		}

	}

}

package dev.startupguard.schema;

import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * What the mapping says of an expected {@link Column} beyond its type and nullability:
 * the attribute it holds and that attribute's Java type, why it must not be null, and the
 * length Hibernate gives it where the entity states none. A live column has none.
 *
 * @param attribute the attribute the column holds, as {@code Entity.attribute} (with the
 * path into an embeddable), or {@code null} when it holds none, such as the key of a
 * collection table
 * @param javaType the attribute's Java type as written in the entity, such as {@code int}
 * or {@code String}, or {@code null} when unknown
 * @param primitive whether the Java type cannot hold {@code null} (a primitive), so that
 * loading a row with {@code null} in the column fails
 * @param requiredAssociation whether the column joins a required association
 * ({@code @ManyToOne(optional = false)}, {@code @OneToOne(optional = false)}), which
 * Hibernate may fetch with an inner join
 * @param declaredBy where the mapping declares the column NOT NULL, such as
 * {@code @Column(nullable = false)}; empty when it does not, or not in an annotation of
 * the attribute
 * @param validatedBy the Bean Validation constraints that require a value, such as
 * {@code @NotBlank}; empty when none
 * @param defaultLength the length Hibernate gives the column because the entity states
 * none (JPA's default of 255), or {@code null} when the entity states one or the type has
 * no length
 * @param generatedByDatabase whether the database generates the column's values (an
 * {@code IDENTITY} id), so that they are bounded by the column, not by the Java type
 * @param embedded the outermost embedded object (as {@code Entity.attribute}) the column
 * is part of, in a row of the entity's own, where its columns are all null exactly when
 * it is null: Hibernate writes null into them for a null object, and loads a row whose
 * columns are all null as a null object; {@code null} otherwise
 * @author Startup Guard contributors
 * @since 0.1.0
 */
public record ColumnMapping(@Nullable String attribute, @Nullable String javaType, boolean primitive,
		boolean requiredAssociation, List<String> declaredBy, List<String> validatedBy, @Nullable Integer defaultLength,
		boolean generatedByDatabase, @Nullable String embedded) {

	/**
	 * The {@link #declaredBy() declaredBy} entry of the column of an entity's version
	 * attribute.
	 */
	public static final String VERSION = "@Version";

	/**
	 * Mapping of a column of which nothing is known beyond its type and nullability.
	 */
	public static final ColumnMapping UNKNOWN = new ColumnMapping(null, null, false, false, List.of(), List.of(), null);

	public ColumnMapping {
		declaredBy = List.copyOf(declaredBy);
		validatedBy = List.copyOf(validatedBy);
	}

	/**
	 * Create the mapping of a column whose values the application writes, outside any
	 * embedded object.
	 * @param attribute the attribute the column holds, or {@code null}
	 * @param javaType the attribute's Java type, or {@code null}
	 * @param primitive whether the Java type is a primitive
	 * @param requiredAssociation whether the column joins a required association
	 * @param declaredBy where the mapping declares the column NOT NULL
	 * @param validatedBy the Bean Validation constraints that require a value
	 * @param defaultLength the length Hibernate assumes, or {@code null}
	 */
	public ColumnMapping(@Nullable String attribute, @Nullable String javaType, boolean primitive,
			boolean requiredAssociation, List<String> declaredBy, List<String> validatedBy,
			@Nullable Integer defaultLength) {
		this(attribute, javaType, primitive, requiredAssociation, declaredBy, validatedBy, defaultLength, false, null);
	}

	/**
	 * Return whether the column holds the entity's version ({@code @Version}), which
	 * Hibernate steps and compares on every update and delete.
	 * @return whether it is the version's column
	 */
	public boolean version() {
		return this.declaredBy.contains(VERSION);
	}

	/**
	 * Return this mapping with the length Hibernate gives the column where the entity
	 * states none.
	 * @param defaultLength the default length, or {@code null}
	 * @return the mapping
	 */
	public ColumnMapping withDefaultLength(@Nullable Integer defaultLength) {
		return new ColumnMapping(this.attribute, this.javaType, this.primitive, this.requiredAssociation,
				this.declaredBy, this.validatedBy, defaultLength, this.generatedByDatabase, this.embedded);
	}

}

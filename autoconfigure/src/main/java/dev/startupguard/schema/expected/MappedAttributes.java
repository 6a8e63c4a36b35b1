package dev.startupguard.schema.expected;

import java.lang.annotation.Annotation;
import java.lang.reflect.AnnotatedElement;
import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import jakarta.persistence.Basic;
import jakarta.persistence.EmbeddedId;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.JoinColumns;
import jakarta.persistence.Version;
import org.hibernate.boot.Metadata;
import org.hibernate.mapping.Collection;
import org.hibernate.mapping.Component;
import org.hibernate.mapping.Join;
import org.hibernate.mapping.ManyToOne;
import org.hibernate.mapping.OneToOne;
import org.hibernate.mapping.PersistentClass;
import org.hibernate.mapping.Property;
import org.hibernate.mapping.SingleTableSubclass;
import org.hibernate.mapping.Table;
import org.hibernate.mapping.ToOne;
import org.hibernate.mapping.Value;
import org.jspecify.annotations.Nullable;

import dev.startupguard.schema.ColumnMapping;
import dev.startupguard.schema.expected.AttributeMembers.JavaMember;

/**
 * The attributes of a persistence unit's mapping, by the columns that hold them: each
 * attribute's Java type, whether it is a required association, and where its
 * non-nullability and its length come from (the JPA mapping, or Bean Validation).
 * <p>
 * Bean Validation may be absent from the class path, so its constraints are recognized by
 * their annotation type's name and read reflectively: no class of
 * {@code jakarta.validation} is ever loaded here. Hibernate applies the same constraints
 * to the columns ({@code @NotNull}, {@code @NotBlank}, {@code @NotEmpty} make them NOT
 * NULL, {@code @Size} gives them a length) when a provider is present; this class says
 * where a column's nullability comes from, and Hibernate's columns stay the truth of what
 * it is.
 *
 * @author Startup Guard contributors
 */
final class MappedAttributes {

	private static final Set<String> NOT_NULL_CONSTRAINTS = Set.of("jakarta.validation.constraints.NotNull",
			"jakarta.validation.constraints.NotBlank", "jakarta.validation.constraints.NotEmpty");

	private static final Set<String> SIZE_CONSTRAINTS = Set.of("jakarta.validation.constraints.Size",
			"org.hibernate.validator.constraints.Length");

	private static final String DEFAULT_GROUP = "jakarta.validation.groups.Default";

	private final Map<Table, Map<String, Attribute>> byTable = new IdentityHashMap<>();

	private final Set<Property> visited = Collections.newSetFromMap(new IdentityHashMap<>());

	private final AttributeMembers members = new AttributeMembers();

	/**
	 * The owning sides that an inverse {@code @OneToOne(mappedBy)} maps, as
	 * {@code entityName.attribute}.
	 */
	private final Set<String> mappedOneToOnes = new HashSet<>();

	/**
	 * The entity names of the entity whose attributes are being read, with its
	 * superclasses'.
	 */
	private Set<String> entityNames = Set.of();

	MappedAttributes(Metadata metadata) {
		for (PersistentClass entity : metadata.getEntityBindings()) {
			for (Property property : entity.getProperties()) {
				if (property.getValue() instanceof OneToOne inverse && inverse.getMappedByProperty() != null) {
					this.mappedOneToOnes.add(inverse.getReferencedEntityName() + "." + inverse.getMappedByProperty());
				}
			}
		}
		for (PersistentClass entity : metadata.getEntityBindings()) {
			this.entityNames = entityNames(entity);
			Class<?> type = mappedClass(entity);
			String name = (type != null) ? type.getSimpleName() : entity.getEntityName();
			if (entity.getIdentifierProperty() != null) {
				add(entity.getIdentifierProperty(), type, name, false, null);
			}
			if (entity.getVersion() != null) {
				add(entity.getVersion(), type, name, false, null);
			}
			// a single-table subclass's columns must accept null for the other classes'
			// rows, whatever an embedded object holds
			boolean ownRow = !(entity instanceof SingleTableSubclass);
			entity.getProperties().forEach((property) -> add(property, type, name, ownRow, null));
			for (Join join : entity.getJoins()) {
				join.getProperties().forEach((property) -> add(property, type, name, false, null));
			}
		}
		this.entityNames = Set.of();
		for (Collection collection : metadata.getCollectionBindings()) {
			String role = collection.getRole();
			String name = role.substring(role.lastIndexOf('.', role.lastIndexOf('.') - 1) + 1);
			addElement(collection.getElement(), name);
		}
	}

	/**
	 * Return what the mapping says of a column of a table.
	 * @param table the table
	 * @param column the column
	 * @return the column's mapping, {@link ColumnMapping#UNKNOWN} for a column that holds
	 * no attribute
	 */
	ColumnMapping of(Table table, org.hibernate.mapping.Column column) {
		Attribute attribute = attribute(table, column);
		return (attribute != null) ? attribute.mapping() : ColumnMapping.UNKNOWN;
	}

	/**
	 * Return the {@code max} of a Bean Validation size constraint on the attribute a
	 * column holds, a length the entity states as {@code @Column(length)} does.
	 * @param table the table
	 * @param column the column
	 * @return the maximum length, or {@code null} when no constraint states one
	 */
	@Nullable Integer validatedLength(Table table, org.hibernate.mapping.Column column) {
		Attribute attribute = attribute(table, column);
		return (attribute != null) ? attribute.validatedLength : null;
	}

	/**
	 * Return the {@code @OneToOne} association whose join column a column is, where that
	 * is the only reason for the column to be unique: no entity maps the association's
	 * other side ({@code mappedBy}), and the entity does not declare the column unique
	 * itself.
	 * @param table the table
	 * @param column the column
	 * @return the association, as {@code Entity.attribute}, or {@code null}
	 */
	@Nullable String unidirectionalOneToOne(Table table, org.hibernate.mapping.Column column) {
		Attribute attribute = attribute(table, column);
		return (attribute != null) ? attribute.unidirectionalOneToOne : null;
	}

	/**
	 * Return whether the mapping never writes null into a column: it holds a primitive in
	 * a row of its entity's own. Hibernate maps such a column nullable where the entity
	 * annotates it ({@code @Column} without {@code nullable = false}) or where it is part
	 * of an embedded object, though the attribute cannot hold null: only a null embedded
	 * object writes null there.
	 * @param table the table
	 * @param column the column
	 * @return whether the column always gets a value
	 */
	boolean neverWritesNull(Table table, org.hibernate.mapping.Column column) {
		Attribute attribute = attribute(table, column);
		return attribute != null && attribute.inOwnRow && attribute.javaType != null
				&& attribute.javaType.isPrimitive();
	}

	/**
	 * Return whether the attribute a column holds is an enum, whose values Hibernate
	 * sizes itself.
	 * @param table the table
	 * @param column the column
	 * @return whether it holds an enum
	 */
	boolean holdsEnum(Table table, org.hibernate.mapping.Column column) {
		Attribute attribute = attribute(table, column);
		return attribute != null && attribute.javaType != null && attribute.javaType.isEnum();
	}

	/**
	 * Read an attribute.
	 * @param property the attribute
	 * @param owner the class that declares it
	 * @param path the path of its owner
	 * @param ownRow whether an embedded object's columns here are all null exactly when
	 * it is null: not where other classes (a single-table subclass) or an optional
	 * secondary table share the row
	 * @param embedded the outermost embedded object the attribute is in, or {@code null}
	 */
	private void add(Property property, @Nullable Class<?> owner, String path, boolean ownRow,
			@Nullable String embedded) {
		if (!this.visited.add(property)) {
			return;
		}
		// the attributes of an @IdClass are the entity's own, under a synthetic component
		String attributePath = "_identifierMapper".equals(property.getName()) ? path : path + "." + property.getName();
		Value value = property.getValue();
		if (value instanceof Component component) {
			Class<?> componentClass = componentClass(component);
			String outermost = (embedded != null || !ownRow) ? embedded : attributePath;
			component.getProperties()
				.forEach((nested) -> add(nested, componentClass, attributePath, ownRow, outermost));
			return;
		}
		if (value instanceof Collection) {
			return;
		}
		JavaMember javaMember = this.members.of(property, owner);
		Class<?> javaType = (javaMember != null) ? javaMember.type() : returnedClass(value);
		AnnotatedElement member = (javaMember != null) ? javaMember.element() : null;
		Attribute attribute = new Attribute(attributePath, javaType);
		attribute.embedded = embedded;
		attribute.inOwnRow = ownRow;
		attribute.requiredAssociation = value instanceof ToOne && !property.isOptional();
		if (member != null) {
			attribute.declaredBy.addAll(declaredBy(member));
			readConstraints(member, attribute, new HashSet<>());
			GeneratedValue generated = member.getAnnotation(GeneratedValue.class);
			attribute.generatedByDatabase = generated != null && generated.strategy() == GenerationType.IDENTITY;
		}
		if (value instanceof ManyToOne toOne && toOne.isLogicalOneToOne() && !declaresUnique(member)
				&& !isMappedBack(attributePath)) {
			attribute.unidirectionalOneToOne = attributePath;
		}
		put(value, attribute);
	}

	private boolean isMappedBack(String attributePath) {
		String attribute = attributePath.substring(attributePath.indexOf('.') + 1);
		return this.entityNames.stream().anyMatch((entity) -> this.mappedOneToOnes.contains(entity + "." + attribute));
	}

	private static Set<String> entityNames(PersistentClass entity) {
		Set<String> names = new HashSet<>();
		for (PersistentClass type = entity; type != null; type = type.getSuperclass()) {
			names.add(type.getEntityName());
		}
		return names;
	}

	private static boolean declaresUnique(@Nullable AnnotatedElement member) {
		if (member == null) {
			// nothing to read: keep Hibernate's unique key as declared
			return true;
		}
		jakarta.persistence.Column column = member.getAnnotation(jakarta.persistence.Column.class);
		return column != null && column.unique() || joinColumns(member).stream().anyMatch(JoinColumn::unique);
	}

	private static List<JoinColumn> joinColumns(AnnotatedElement member) {
		List<JoinColumn> joinColumns = new ArrayList<>(Arrays.asList(member.getAnnotationsByType(JoinColumn.class)));
		JoinColumns grouped = member.getAnnotation(JoinColumns.class);
		if (grouped != null) {
			joinColumns.addAll(Arrays.asList(grouped.value()));
		}
		return joinColumns;
	}

	private void addElement(Value element, String path) {
		if (element instanceof Component component) {
			Class<?> componentClass = componentClass(component);
			component.getProperties().forEach((nested) -> add(nested, componentClass, path, false, null));
		}
		else if (!(element instanceof ToOne)) {
			Attribute attribute = new Attribute(path, returnedClass(element));
			put(element, attribute);
		}
	}

	private @Nullable Attribute attribute(Table table, org.hibernate.mapping.Column column) {
		return this.byTable.getOrDefault(table, Map.of()).get(column.getCanonicalName());
	}

	private void put(Value value, Attribute attribute) {
		Map<String, Attribute> columns = this.byTable.computeIfAbsent(value.getTable(), (table) -> new HashMap<>());
		for (org.hibernate.mapping.Column column : value.getColumns()) {
			columns.merge(column.getCanonicalName(), attribute, Attribute::merge);
		}
	}

	private static List<String> declaredBy(AnnotatedElement member) {
		List<String> declared = new ArrayList<>();
		if (member.isAnnotationPresent(Id.class) || member.isAnnotationPresent(EmbeddedId.class)) {
			declared.add("@Id");
		}
		if (member.isAnnotationPresent(Version.class)) {
			declared.add(ColumnMapping.VERSION);
		}
		jakarta.persistence.Column column = member.getAnnotation(jakarta.persistence.Column.class);
		if (column != null && !column.nullable()) {
			declared.add("@Column(nullable = false)");
		}
		Basic basic = member.getAnnotation(Basic.class);
		if (basic != null && !basic.optional()) {
			declared.add("@Basic(optional = false)");
		}
		jakarta.persistence.ManyToOne manyToOne = member.getAnnotation(jakarta.persistence.ManyToOne.class);
		if (manyToOne != null && !manyToOne.optional()) {
			declared.add("@ManyToOne(optional = false)");
		}
		jakarta.persistence.OneToOne oneToOne = member.getAnnotation(jakarta.persistence.OneToOne.class);
		if (oneToOne != null && !oneToOne.optional()) {
			declared.add("@OneToOne(optional = false)");
		}
		if (joinColumns(member).stream().anyMatch((joinColumn) -> !joinColumn.nullable())) {
			declared.add("@JoinColumn(nullable = false)");
		}
		return declared;
	}

	/**
	 * Read the Bean Validation constraints of an attribute that Hibernate applies to its
	 * columns, directly or composed into a constraint of the application's own, in the
	 * default group.
	 */
	private static void readConstraints(AnnotatedElement element, Attribute attribute, Set<Class<?>> seen) {
		for (Annotation annotation : element.getAnnotations()) {
			Class<? extends Annotation> type = annotation.annotationType();
			if (type.getName().startsWith("java.lang.annotation.") || !seen.add(type) || !inDefaultGroup(annotation)) {
				continue;
			}
			if (NOT_NULL_CONSTRAINTS.contains(type.getName())) {
				attribute.validatedBy.add("@" + type.getSimpleName());
			}
			else if (SIZE_CONSTRAINTS.contains(type.getName()) && String.class.equals(attribute.javaType)) {
				Object max = attribute("max", annotation);
				if (max instanceof Integer length && length < Integer.MAX_VALUE) {
					attribute.validatedLength = length;
				}
			}
			else {
				readConstraints(type, attribute, seen);
			}
		}
	}

	private static boolean inDefaultGroup(Annotation annotation) {
		Object groups = attribute("groups", annotation);
		if (!(groups instanceof Class<?>[] classes)) {
			return true;
		}
		return classes.length == 0 || Arrays.stream(classes).anyMatch((group) -> DEFAULT_GROUP.equals(group.getName()));
	}

	private static @Nullable Object attribute(String name, Annotation annotation) {
		try {
			Method method = annotation.annotationType().getMethod(name);
			return method.invoke(annotation);
		}
		catch (ReflectiveOperationException | RuntimeException ex) {
			return null;
		}
	}

	private static @Nullable Class<?> mappedClass(PersistentClass entity) {
		try {
			return entity.getMappedClass();
		}
		catch (RuntimeException ex) {
			return null;
		}
	}

	private static @Nullable Class<?> componentClass(Component component) {
		try {
			return component.getComponentClass();
		}
		catch (RuntimeException ex) {
			return null;
		}
	}

	private static @Nullable Class<?> returnedClass(Value value) {
		try {
			return value.getType().getReturnedClass();
		}
		catch (RuntimeException ex) {
			return null;
		}
	}

	/**
	 * An attribute held by one or more columns.
	 */
	private static final class Attribute {

		private final String path;

		private final @Nullable Class<?> javaType;

		private boolean requiredAssociation;

		private final Set<String> declaredBy = new LinkedHashSet<>();

		private final Set<String> validatedBy = new LinkedHashSet<>();

		private @Nullable Integer validatedLength;

		private @Nullable String unidirectionalOneToOne;

		private boolean generatedByDatabase;

		private @Nullable String embedded;

		private boolean inOwnRow;

		Attribute(String path, @Nullable Class<?> javaType) {
			this.path = path;
			this.javaType = javaType;
		}

		/**
		 * Merge two attributes that share a column, such as an association and the basic
		 * attribute that maps its key: the first names the column, and what either
		 * requires holds.
		 */
		Attribute merge(Attribute other) {
			Attribute merged = new Attribute(this.path, this.javaType);
			boolean otherPrimitive = other.javaType != null && other.javaType.isPrimitive();
			if (otherPrimitive && (this.javaType == null || !this.javaType.isPrimitive())) {
				merged = new Attribute(other.path, other.javaType);
			}
			merged.requiredAssociation = this.requiredAssociation || other.requiredAssociation;
			merged.generatedByDatabase = this.generatedByDatabase || other.generatedByDatabase;
			merged.embedded = (this.embedded != null && other.embedded != null) ? this.embedded : null;
			merged.inOwnRow = this.inOwnRow && other.inOwnRow;
			merged.declaredBy.addAll(this.declaredBy);
			merged.declaredBy.addAll(other.declaredBy);
			merged.validatedBy.addAll(this.validatedBy);
			merged.validatedBy.addAll(other.validatedBy);
			merged.validatedLength = (this.validatedLength != null) ? this.validatedLength : other.validatedLength;
			merged.unidirectionalOneToOne = (this.unidirectionalOneToOne != null) ? this.unidirectionalOneToOne
					: other.unidirectionalOneToOne;
			return merged;
		}

		ColumnMapping mapping() {
			String typeName = (this.javaType != null) ? this.javaType.getSimpleName() : null;
			boolean primitive = this.javaType != null && this.javaType.isPrimitive();
			return new ColumnMapping(this.path, typeName, primitive, this.requiredAssociation,
					List.copyOf(this.declaredBy), List.copyOf(this.validatedBy), null, this.generatedByDatabase,
					this.embedded);
		}

	}

}

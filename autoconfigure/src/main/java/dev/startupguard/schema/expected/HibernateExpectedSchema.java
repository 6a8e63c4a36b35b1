package dev.startupguard.schema.expected;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

import org.hibernate.boot.Metadata;
import org.hibernate.boot.model.naming.Identifier;
import org.hibernate.boot.model.relational.Namespace;
import org.hibernate.boot.model.relational.QualifiedSequenceName;
import org.hibernate.mapping.BasicValue;
import org.hibernate.mapping.Component;
import org.hibernate.mapping.PersistentClass;
import org.hibernate.mapping.Property;
import org.hibernate.mapping.UniqueKey;
import org.hibernate.type.SqlTypes;
import org.jspecify.annotations.Nullable;

import dev.startupguard.schema.Column;
import dev.startupguard.schema.ColumnMapping;
import dev.startupguard.schema.ColumnType;
import dev.startupguard.schema.ColumnTypes;
import dev.startupguard.schema.DatabaseInfo;
import dev.startupguard.schema.ExpectedSchemaSource;
import dev.startupguard.schema.ForeignKey;
import dev.startupguard.schema.Index;
import dev.startupguard.schema.Key;
import dev.startupguard.schema.QualifiedName;
import dev.startupguard.schema.SchemaSnapshot;
import dev.startupguard.schema.Sequence;
import dev.startupguard.schema.Table;
import dev.startupguard.schema.TypeFamily;

/**
 * {@link ExpectedSchemaSource} that reads the tables and sequences of Hibernate's boot
 * {@link Metadata}: every physical table the entities, collections, join tables and table
 * generators need, with the SQL types the dialect resolves, the names the physical naming
 * strategy produced, and their quoting.
 * <p>
 * Sizes are compared only where the mapping states them: a length other than JPA's
 * default 255, a precision or a scale. Hibernate's own defaults are not something the
 * application asked for, so a hand-written {@code varchar(100)} for an unsized
 * {@code String} is not compared as a length the entity states; the default is kept in
 * the column's {@link ColumnMapping}, for a finding of its own. A Bean Validation
 * {@code @Size(max)} is a stated length.
 * <p>
 * Each column carries what the mapping says of the attribute it holds (its Java type,
 * whether it joins a required association, where its non-nullability comes from), read
 * from the boot model's properties and their annotations; see {@link MappedAttributes}.
 *
 * @author Startup Guard contributors
 * @since 0.1.0
 */
public final class HibernateExpectedSchema implements ExpectedSchemaSource {

	private static final long JPA_DEFAULT_LENGTH = 255;

	private final Metadata metadata;

	/**
	 * Create a source for the given metadata.
	 * @param metadata the boot metadata of one persistence unit
	 */
	public HibernateExpectedSchema(Metadata metadata) {
		this.metadata = metadata;
	}

	@Override
	public SchemaSnapshot expectedSchema(DatabaseInfo database) {
		Set<org.hibernate.mapping.Column> alwaysWritten = alwaysWrittenColumns();
		MappedAttributes attributes = new MappedAttributes(this.metadata);
		Function<String, ColumnType> types = ColumnTypes.parser(database.family());
		List<Table> tables = new ArrayList<>();
		List<Sequence> sequences = new ArrayList<>();
		for (Namespace namespace : this.metadata.getDatabase().getNamespaces()) {
			for (org.hibernate.mapping.Table table : namespace.getTables()) {
				if (table.isPhysicalTable() && !table.isAbstractUnionTable()) {
					tables.add(table(table, database, alwaysWritten, attributes, types));
				}
			}
			for (org.hibernate.boot.model.relational.Sequence sequence : namespace.getSequences()) {
				QualifiedSequenceName name = sequence.getName();
				String schema = MappedNamespaces.schema(name.getCatalogName(), name.getSchemaName(), database);
				sequences.add(new Sequence(new QualifiedName(schema, stored(name.getSequenceName(), database)),
						(long) sequence.getIncrementSize()));
			}
		}
		return new SchemaSnapshot(tables, sequences);
	}

	@Override
	public Set<String> schemas(DatabaseInfo database) {
		// the namespaces of what expectedSchema lists, without building it
		return MappedNamespaces.of(this.metadata).schemas(database);
	}

	/**
	 * Return the columns Hibernate writes a value to on every insert whatever their
	 * mapped nullability: the optimistic-locking version columns (7.2 maps an
	 * {@code Integer} version as nullable, 7.4 as NOT NULL), the columns of generated
	 * attributes ({@code @CreationTimestamp}, {@code @UpdateTimestamp}, which 7.2 does
	 * not mark as written), and the element columns of collections of basic values, since
	 * Hibernate inserts no row for a null element.
	 */
	private Set<org.hibernate.mapping.Column> alwaysWrittenColumns() {
		Set<org.hibernate.mapping.Column> columns = Collections.newSetFromMap(new IdentityHashMap<>());
		for (PersistentClass entity : this.metadata.getEntityBindings()) {
			if (entity.isVersioned()) {
				columns.addAll(entity.getVersion().getValue().getColumns());
			}
			addGenerated(entity.getProperties(), columns);
		}
		for (org.hibernate.mapping.Collection collection : this.metadata.getCollectionBindings()) {
			if (collection.getElement() instanceof BasicValue element) {
				columns.addAll(element.getColumns());
			}
			else if (collection.getElement() instanceof Component element) {
				addPrimitives(element, columns);
			}
		}
		return columns;
	}

	/**
	 * Add the columns of the primitives of an element of a collection: an element is
	 * never null (Hibernate inserts no row for it), and neither is a primitive.
	 */
	private static void addPrimitives(Component component, Set<org.hibernate.mapping.Column> columns) {
		for (Property property : component.getProperties()) {
			if (property.getValue() instanceof Component nested) {
				addPrimitives(nested, columns);
			}
			else if (isPrimitive(component, property)) {
				columns.addAll(property.getValue().getColumns());
			}
		}
	}

	private static boolean isPrimitive(Component component, Property property) {
		try {
			return property.getGetter(component.getComponentClass()).getReturnTypeClass().isPrimitive();
		}
		catch (RuntimeException ex) {
			// a dynamic component: nothing to read in Java
			return false;
		}
	}

	private static void addGenerated(List<Property> properties, Set<org.hibernate.mapping.Column> columns) {
		for (Property property : properties) {
			if (property.getValueGeneratorCreator() != null) {
				columns.addAll(property.getValue().getColumns());
			}
			else if (property.getValue() instanceof Component component) {
				addGenerated(component.getProperties(), columns);
			}
		}
	}

	private Table table(org.hibernate.mapping.Table table, DatabaseInfo database,
			Set<org.hibernate.mapping.Column> alwaysWritten, MappedAttributes attributes,
			Function<String, ColumnType> types) {
		QualifiedName name = qualifiedName(table, database);
		List<Column> columns = new ArrayList<>();
		Set<List<String>> uniqueColumns = new LinkedHashSet<>();
		Map<List<String>, String> oneToOneColumns = new HashMap<>();
		for (org.hibernate.mapping.Column column : table.getColumns()) {
			columns.add(column(table, column, database, alwaysWritten.contains(column), attributes, types));
			if (column.isUnique()) {
				List<String> unique = List.of(columnName(column, database));
				String oneToOne = attributes.unidirectionalOneToOne(table, column);
				if (oneToOne != null) {
					oneToOneColumns.put(unique, oneToOne);
				}
				else {
					uniqueColumns.add(unique);
				}
			}
		}
		Key primaryKey = table.hasPrimaryKey()
				? new Key(table.getPrimaryKey().getName(), columnNames(table.getPrimaryKey().getColumns(), database))
				: null;
		for (UniqueKey uniqueKey : table.getUniqueKeys().values()) {
			uniqueColumns.add(columnNames(uniqueKey.getColumns(), database));
		}
		List<Index> indexes = new ArrayList<>();
		for (org.hibernate.mapping.Index index : table.getIndexes().values()) {
			List<String> indexColumns = columnNames(index.getColumns(), database);
			if (index.isUnique()) {
				uniqueColumns.add(indexColumns);
			}
			else if (!indexColumns.isEmpty()) {
				indexes.add(new Index(index.getName(), indexColumns, false));
			}
		}
		if (primaryKey != null) {
			uniqueColumns.removeIf((unique) -> Set.copyOf(unique).equals(Set.copyOf(primaryKey.columns())));
		}
		List<Key> uniqueKeys = new ArrayList<>();
		uniqueColumns.forEach((unique) -> uniqueKeys.add(new Key(null, unique)));
		oneToOneColumns.forEach((unique, oneToOne) -> {
			// declared for its own sake too: then it is an ordinary unique key
			if (!uniqueColumns.contains(unique)) {
				uniqueKeys.add(new Key(null, unique, oneToOne));
			}
		});
		return new Table(name, columns, primaryKey, uniqueKeys, foreignKeys(table, database), indexes);
	}

	private List<ForeignKey> foreignKeys(org.hibernate.mapping.Table table, DatabaseInfo database) {
		List<ForeignKey> foreignKeys = new ArrayList<>();
		for (org.hibernate.mapping.ForeignKey foreignKey : table.getForeignKeyCollection()) {
			org.hibernate.mapping.Table referenced = foreignKey.getReferencedTable();
			if (!foreignKey.isCreationEnabled() || referenced == null || !referenced.isPhysicalTable()) {
				continue;
			}
			List<org.hibernate.mapping.Column> referencedColumns = (foreignKey.isReferenceToPrimaryKey()
					&& referenced.hasPrimaryKey()) ? referenced.getPrimaryKey().getColumns()
							: foreignKey.getReferencedColumns();
			foreignKeys.add(new ForeignKey(foreignKey.getName(), columnNames(foreignKey.getColumns(), database),
					qualifiedName(referenced, database), columnNames(referencedColumns, database)));
		}
		return foreignKeys;
	}

	private Column column(org.hibernate.mapping.Table table, org.hibernate.mapping.Column column, DatabaseInfo database,
			boolean alwaysWritten, MappedAttributes attributes, Function<String, ColumnType> types) {
		ColumnType type = types.apply(column.getSqlType(this.metadata));
		int typeCode = column.getSqlTypeCode(this.metadata);
		if (type.family() == TypeFamily.LARGE_OBJECT && (typeCode == SqlTypes.CLOB || typeCode == SqlTypes.NCLOB)) {
			// PostgreSQL stores a @Lob String as a large object; text holds it as well
			type = new ColumnType(type.declaration(), TypeFamily.STRING, null, null, null, List.of());
		}
		if (typeCode == SqlTypes.BLOB && column.getSqlType() != null) {
			// Hibernate writes a @Lob byte[] as the dialect's binary large object
			// whatever
			// the columnDefinition says, which only shapes the DDL: PostgreSQL's oid
			ColumnType bound = ColumnTypes.parse(
					this.metadata.getDatabase()
						.getTypeConfiguration()
						.getDdlTypeRegistry()
						.getTypeName(typeCode, column.getLength(), column.getPrecision(), column.getScale()),
					database.family());
			if (bound.family() == TypeFamily.LARGE_OBJECT) {
				type = bound;
			}
		}
		if (type.family() == TypeFamily.OTHER && isEnum(typeCode)) {
			// a named enum type such as PostgreSQL's: its labels live in the database
			// only
			type = new ColumnType(type.declaration(), TypeFamily.ENUM, null, null, null, List.of());
		}
		Long length = column.getLength();
		Integer validatedLength = attributes.validatedLength(table, column);
		boolean statedLength = (length != null && length != JPA_DEFAULT_LENGTH) || validatedLength != null;
		boolean statedPrecision = column.getPrecision() != null || column.getScale() != null;
		if (validatedLength != null && type.family() == TypeFamily.STRING) {
			// Hibernate gives the column the @Size length where it applies Bean
			// Validation
			// to the schema; where it does not, the application still validates it
			type = new ColumnType(type.declaration(), type.family(), validatedLength, null, null, List.of());
		}
		ColumnMapping mapping = attributes.of(table, column);
		if (!statedLength && type.length() != null && isVarchar(typeCode) && !attributes.holdsEnum(table, column)) {
			mapping = mapping.withDefaultLength(type.length());
		}
		// a primitive is never null, though Hibernate maps it nullable under a @Column
		// or in an embedded object (which writes null into it only when the whole object
		// is null)
		boolean nullable = column.isNullable() && !attributes.neverWritesNull(table, column);
		return new Column(columnName(column, database), statedSizes(type, statedLength, statedPrecision), nullable,
				alwaysWritten, mapping);
	}

	private static boolean isVarchar(int sqlTypeCode) {
		return sqlTypeCode == SqlTypes.VARCHAR || sqlTypeCode == SqlTypes.NVARCHAR;
	}

	private static boolean isEnum(int sqlTypeCode) {
		return sqlTypeCode == SqlTypes.ENUM || sqlTypeCode == SqlTypes.NAMED_ENUM
				|| sqlTypeCode == SqlTypes.ORDINAL_ENUM || sqlTypeCode == SqlTypes.NAMED_ORDINAL_ENUM;
	}

	private static ColumnType statedSizes(ColumnType type, boolean statedLength, boolean statedPrecision) {
		return switch (type.family()) {
			case STRING, BINARY -> type.withStatedSizes(statedLength, false);
			case DECIMAL -> type.withStatedSizes(false, statedPrecision);
			default -> type;
		};
	}

	private QualifiedName qualifiedName(org.hibernate.mapping.Table table, DatabaseInfo database) {
		String schema = MappedNamespaces.schema(table.getCatalogIdentifier(), table.getSchemaIdentifier(), database);
		return new QualifiedName(schema, stored(table.getNameIdentifier(), database));
	}

	private List<String> columnNames(List<org.hibernate.mapping.Column> columns, DatabaseInfo database) {
		return columns.stream().map((column) -> columnName(column, database)).toList();
	}

	private static String columnName(org.hibernate.mapping.Column column, DatabaseInfo database) {
		return database.identifiers().stored(column.getName(), column.isQuoted());
	}

	private static String stored(Identifier identifier, DatabaseInfo database) {
		return database.identifiers().stored(identifier.getText(), identifier.isQuoted());
	}

}

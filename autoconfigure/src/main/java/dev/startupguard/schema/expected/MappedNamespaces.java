package dev.startupguard.schema.expected;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.hibernate.boot.Metadata;
import org.hibernate.boot.model.naming.Identifier;
import org.hibernate.boot.model.relational.Namespace;
import org.hibernate.boot.model.relational.QualifiedSequenceName;
import org.jspecify.annotations.Nullable;

import dev.startupguard.schema.DatabaseFamily;
import dev.startupguard.schema.DatabaseInfo;

/**
 * The namespaces of the physical tables and sequences of a mapping, taken from
 * Hibernate's boot {@link Metadata} at once. The schemas they name can then be resolved
 * against a database later and on another thread, while Hibernate goes on building its
 * session factory from the same metadata.
 *
 * @author Startup Guard contributors
 * @since 0.1.0
 */
public final class MappedNamespaces {

	private final List<Name> names;

	private MappedNamespaces(List<Name> names) {
		this.names = names;
	}

	/**
	 * Take the namespaces of the tables and sequences of the given metadata.
	 * @param metadata the boot metadata of one persistence unit
	 * @return its namespaces
	 */
	public static MappedNamespaces of(Metadata metadata) {
		Set<Name> names = new LinkedHashSet<>();
		for (Namespace namespace : metadata.getDatabase().getNamespaces()) {
			for (org.hibernate.mapping.Table table : namespace.getTables()) {
				if (table.isPhysicalTable() && !table.isAbstractUnionTable()) {
					names.add(new Name(table.getCatalogIdentifier(), table.getSchemaIdentifier()));
				}
			}
			for (org.hibernate.boot.model.relational.Sequence sequence : namespace.getSequences()) {
				QualifiedSequenceName name = sequence.getName();
				names.add(new Name(name.getCatalogName(), name.getSchemaName()));
			}
		}
		return new MappedNamespaces(List.copyOf(names));
	}

	/**
	 * Return the schemas these namespaces are, as the given database stores their names.
	 * @param database the database
	 * @return the schemas, the default one for a table or sequence that names none
	 */
	public Set<String> schemas(DatabaseInfo database) {
		Set<String> schemas = new LinkedHashSet<>();
		for (Name name : this.names) {
			schemas.add(schema(name.catalog(), name.schema(), database));
		}
		return schemas;
	}

	/**
	 * Return the schema a table or sequence with the given catalog and schema is in, as
	 * the database stores its name.
	 */
	static String schema(@Nullable Identifier catalog, @Nullable Identifier schema, DatabaseInfo database) {
		// MySQL and MariaDB call a schema a catalog, and Hibernate maps either onto it
		Identifier namespace = (database.family() == DatabaseFamily.MYSQL && catalog != null) ? catalog : schema;
		return (namespace != null) ? database.identifiers().stored(namespace.getText(), namespace.isQuoted())
				: database.defaultSchema();
	}

	private record Name(@Nullable Identifier catalog, @Nullable Identifier schema) {

	}

}

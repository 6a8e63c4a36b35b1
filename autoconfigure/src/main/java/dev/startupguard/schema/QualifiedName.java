package dev.startupguard.schema;

import org.jspecify.annotations.Nullable;

/**
 * Name of a table or sequence with the schema that holds it, both as the database stores
 * them.
 *
 * @param schema the schema (a catalog on MySQL and MariaDB), {@code null} for the
 * connection's default schema
 * @param name the object's name
 * @author Startup Guard contributors
 * @since 0.1.0
 */
public record QualifiedName(@Nullable String schema, String name) {

	@Override
	public String toString() {
		return (this.schema != null) ? this.schema + "." + this.name : this.name;
	}

}

package dev.startupguard.schema;

import java.util.Set;

import org.jspecify.annotations.Nullable;

/**
 * Source of the schema an application expects, such as the entity mappings of a
 * persistence unit.
 *
 * @author Startup Guard contributors
 * @since 0.1.0
 */
@FunctionalInterface
public interface ExpectedSchemaSource {

	/**
	 * Return the expected schema, with names stored and types written as the given
	 * database would store and write them, and every table and sequence qualified with
	 * its schema.
	 * @param database the database the schema is compared with
	 * @return the expected schema
	 */
	SchemaSnapshot expectedSchema(DatabaseInfo database);

	/**
	 * Return the schemas the tables and sequences of
	 * {@link #expectedSchema(DatabaseInfo)} are in, as the given database stores their
	 * names, without building the expected schema: the check then reads the live schema
	 * while it is built. The default knows them only by building it, and returns
	 * {@code null}.
	 * @param database the database the schema is compared with
	 * @return the schemas, or {@code null} if they are known only from the expected
	 * schema
	 */
	default @Nullable Set<String> schemas(DatabaseInfo database) {
		return null;
	}

}

package dev.startupguard.schema;

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

}

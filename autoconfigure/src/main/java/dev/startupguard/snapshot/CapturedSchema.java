package dev.startupguard.snapshot;

import dev.startupguard.schema.DatabaseFamily;
import dev.startupguard.schema.SchemaSnapshot;

/**
 * The schema that a migration tool built on a fresh database, with what built it: the
 * content of a snapshot file. The objects of the connection's default schema are named
 * without a schema, so that a snapshot captured on a scratch database compares with any
 * other database the same migrations built.
 *
 * @param family the database family
 * @param productName the database product, as its JDBC driver names it
 * @param productVersion the database product's version
 * @param migrations what the migration tool had applied
 * @param schema the tables and sequences
 * @author Startup Guard contributors
 * @since 0.1.0
 */
public record CapturedSchema(DatabaseFamily family, String productName, String productVersion,
		MigrationHistory migrations, SchemaSnapshot schema) {

}

package dev.startupguard.schema.live;

import java.sql.SQLException;
import java.util.List;

import dev.startupguard.schema.DatabaseInfo;
import dev.startupguard.schema.SchemaSnapshot;

/**
 * Reads the tables, columns, keys, indexes and sequences of some schemas from one
 * database family's catalog.
 *
 * @author Startup Guard contributors
 */
interface CatalogReader {

	/**
	 * Read the given schemas.
	 * @param catalog the connection to query, read-only and with a timeout
	 * @param database what is known of the database
	 * @param schemas the schemas to read, as the database stores their names
	 * @return the tables and sequences of those schemas, every name qualified with its
	 * schema
	 * @throws SQLException if a catalog query fails
	 */
	SchemaSnapshot read(CatalogQueries catalog, DatabaseInfo database, List<String> schemas) throws SQLException;

}

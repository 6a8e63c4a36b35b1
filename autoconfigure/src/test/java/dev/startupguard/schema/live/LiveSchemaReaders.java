package dev.startupguard.schema.live;

import java.time.Duration;

/**
 * {@link LiveSchemaReader}s for tests in other packages that need a reader the public API
 * does not offer.
 */
public final class LiveSchemaReaders {

	private LiveSchemaReaders() {
	}

	/**
	 * Return a reader that reads every database through
	 * {@link JdbcMetaDataCatalogReader}, the reader of databases without one of their
	 * own.
	 * @param timeout the timeout of each query
	 * @return the reader
	 */
	public static LiveSchemaReader jdbcMetaDataOnly(Duration timeout) {
		return new LiveSchemaReader(timeout, (family) -> new JdbcMetaDataCatalogReader());
	}

}

package dev.startupguard.corpus.dataflow;

import java.net.URI;

import jakarta.persistence.Entity;
import jakarta.persistence.Lob;
import jakarta.persistence.Table;

/**
 * A registered application: its type an enum by ordinal, its URIs large texts through the
 * server's {@link UriPersistenceConverter}.
 */
@Entity
@Table(name = "AppRegistration")
class AppRegistration extends AbstractEntity {

	String name;

	ApplicationType type;

	String version;

	@Lob
	URI uri;

	@Lob
	URI metadataUri;

	Boolean defaultVersion = false;

	enum ApplicationType {

		app, source, processor, sink, task

	}

}

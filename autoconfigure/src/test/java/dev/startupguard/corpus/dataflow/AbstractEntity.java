package dev.startupguard.corpus.dataflow;

import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.MappedSuperclass;
import jakarta.persistence.Version;

/**
 * An id Hibernate draws from its one shared sequence ({@code GenerationType.AUTO} with
 * the {@code single} sequence naming strategy), and an optimistic-locking version.
 */
@MappedSuperclass
abstract class AbstractEntity {

	@Id
	@GeneratedValue(strategy = GenerationType.AUTO)
	Long id;

	@Version
	Long objectVersion;

}

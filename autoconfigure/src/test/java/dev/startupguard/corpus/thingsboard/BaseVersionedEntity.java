package dev.startupguard.corpus.thingsboard;

import jakarta.persistence.MappedSuperclass;
import jakarta.persistence.Version;

/**
 * An entity with an optimistic-locking version, a {@code Long} the schema gives a default
 * of 1 but leaves nullable.
 */
@MappedSuperclass
abstract class BaseVersionedEntity extends BaseSqlEntity {

	@Version
	Long version;

}

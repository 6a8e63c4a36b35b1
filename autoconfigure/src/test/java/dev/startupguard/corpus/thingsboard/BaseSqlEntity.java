package dev.startupguard.corpus.thingsboard;

import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Id;
import jakarta.persistence.MappedSuperclass;

/**
 * What every ThingsBoard entity shares: a UUID id the application assigns, and the time
 * it was created as epoch milliseconds in a primitive {@code long}.
 */
@MappedSuperclass
abstract class BaseSqlEntity {

	@Id
	@Column(columnDefinition = "uuid")
	UUID id;

	@Column(updatable = false)
	long createdTime;

}

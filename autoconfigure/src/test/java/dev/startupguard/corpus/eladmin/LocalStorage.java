package dev.startupguard.corpus.eladmin;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * A file stored on the server's disk.
 */
@Entity
@Table(name = "tool_local_storage")
class LocalStorage extends Audited {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	@Column(name = "storage_id")
	Long id;

	String realName;

	String name;

	String suffix;

	String path;

	String type;

	String size;

}

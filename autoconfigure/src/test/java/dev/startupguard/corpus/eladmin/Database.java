package dev.startupguard.corpus.eladmin;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * A database the maintenance module connects to, keyed by an assigned string.
 */
@Entity
@Table(name = "mnt_database")
class Database extends Audited {

	@Id
	@Column(name = "db_id")
	String id;

	String name;

	String jdbcUrl;

	String pwd;

	String userName;

}

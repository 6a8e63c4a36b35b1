package dev.startupguard.corpus.eladmin;

import java.sql.Timestamp;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.hibernate.annotations.CreationTimestamp;

/**
 * A past deployment, keyed by an assigned string: its date filled in by Hibernate, the
 * deployment referred to by a plain id.
 */
@Entity
@Table(name = "mnt_deploy_history")
class DeployHistory {

	@Id
	@Column(name = "history_id")
	String id;

	String appName;

	String ip;

	@CreationTimestamp
	Timestamp deployDate;

	String deployUser;

	Long deployId;

}

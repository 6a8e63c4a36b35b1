package dev.startupguard.corpus.eladmin;

import java.util.Set;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.JoinTable;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

/**
 * A deployment of an application to servers: a many-to-one and a many-to-many whose join
 * columns name the referenced key columns.
 */
@Entity
@Table(name = "mnt_deploy")
class Deploy extends Audited {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	@Column(name = "deploy_id")
	Long id;

	@ManyToMany
	@JoinTable(name = "mnt_deploy_server",
			joinColumns = @JoinColumn(name = "deploy_id", referencedColumnName = "deploy_id"),
			inverseJoinColumns = @JoinColumn(name = "server_id", referencedColumnName = "server_id"))
	Set<ServerDeploy> deploys;

	@ManyToOne
	@JoinColumn(name = "app_id")
	App app;

}

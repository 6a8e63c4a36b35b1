package dev.startupguard.corpus.eladmin;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * An application to deploy: its port a primitive int over a column that accepts null.
 */
@Entity
@Table(name = "mnt_app")
class App extends Audited {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	@Column(name = "app_id")
	Long id;

	String name;

	int port;

	String uploadPath;

	String deployPath;

	String backupPath;

	String startScript;

	String deployScript;

}

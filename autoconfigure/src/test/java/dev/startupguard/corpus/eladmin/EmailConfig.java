package dev.startupguard.corpus.eladmin;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.validation.constraints.NotBlank;

/**
 * The mail server's settings, one row with an assigned id: its user in a column named by
 * a keyword.
 */
@Entity
@Table(name = "tool_email_config")
class EmailConfig {

	@Id
	@Column(name = "config_id")
	Long id;

	@NotBlank
	String host;

	@NotBlank
	String port;

	@NotBlank
	String user;

	@NotBlank
	String pass;

	@NotBlank
	String fromUser;

}

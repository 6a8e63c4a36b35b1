package dev.startupguard.corpus.eladmin;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.validation.constraints.NotBlank;

/**
 * The code generator's settings for a table: required strings only validated as such, a
 * Boolean flag with a Java default.
 */
@Entity
@Table(name = "code_config")
class GenConfig {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	@Column(name = "config_id")
	Long id;

	@NotBlank
	String tableName;

	String apiAlias;

	@NotBlank
	String pack;

	@NotBlank
	String moduleName;

	@NotBlank
	String path;

	String apiPath;

	String author;

	String prefix;

	Boolean cover = false;

}

package dev.startupguard.corpus.eladmin;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.validation.constraints.NotBlank;

/**
 * A file stored in an S3 bucket: every column NOT NULL, its path a tinytext.
 */
@Entity
@Table(name = "tool_s3_storage")
class S3Storage extends Audited {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	@Column(name = "storage_id")
	Long id;

	@NotBlank
	String fileName;

	@NotBlank
	String fileRealName;

	@NotBlank
	String fileSize;

	@NotBlank
	String fileMimeType;

	@NotBlank
	String fileType;

	@NotBlank
	String filePath;

}

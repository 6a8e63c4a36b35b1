package dev.startupguard.corpus.dataflow;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Lob;
import jakarta.persistence.Table;

/**
 * A stream's definition, keyed by its name, its DSL as large text.
 */
@Entity
@Table(name = "STREAM_DEFINITIONS")
class StreamDefinition {

	@Id
	@Column(name = "DEFINITION_NAME")
	String name;

	@Lob
	@Column(name = "DEFINITION")
	String dslText;

	@Lob
	@Column(name = "ORIGINAL_DEFINITION")
	String originalDslText;

	@Column(name = "DESCRIPTION")
	String description;

}

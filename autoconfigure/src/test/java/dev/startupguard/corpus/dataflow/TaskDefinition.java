package dev.startupguard.corpus.dataflow;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Lob;
import jakarta.persistence.Table;

/**
 * A task's definition, keyed by its name, its DSL as large text.
 */
@Entity
@Table(name = "TASK_DEFINITIONS")
class TaskDefinition {

	@Id
	@Column(name = "DEFINITION_NAME")
	String taskName;

	@Lob
	@Column(name = "DEFINITION")
	String dslText;

	@Column(name = "DESCRIPTION")
	String description;

}

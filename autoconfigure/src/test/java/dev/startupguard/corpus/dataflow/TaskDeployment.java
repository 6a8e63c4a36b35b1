package dev.startupguard.corpus.dataflow;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import jakarta.validation.constraints.NotNull;

/**
 * Where a task was deployed: Bean Validation's {@code @NotNull} where the schema says NOT
 * NULL.
 */
@Entity
@Table(name = "TaskDeployment")
class TaskDeployment extends AbstractEntity {

	@NotNull
	@Column(name = "task_deployment_id")
	String taskDeploymentId;

	@NotNull
	@Column(name = "platform_name")
	String platformName;

	@NotNull
	@Column(name = "task_definition_name")
	String taskDefinitionName;

	Instant createdOn;

}

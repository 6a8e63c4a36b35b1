package dev.startupguard.corpus.eladmin;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Transient;
import jakarta.validation.constraints.NotBlank;

/**
 * A scheduled job: required strings only validated as such, a transient field.
 */
@Entity
@Table(name = "sys_quartz_job")
class QuartzJob extends Audited {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	@Column(name = "job_id")
	Long id;

	@Transient
	String uuid;

	String jobName;

	@NotBlank
	String beanName;

	@NotBlank
	String methodName;

	String params;

	@NotBlank
	String cronExpression;

	Boolean isPause = false;

	String personInCharge;

	String email;

	String subTask;

	Boolean pauseAfterFailure;

	@NotBlank
	String description;

}

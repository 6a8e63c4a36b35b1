package dev.startupguard.corpus.eladmin;

import java.sql.Timestamp;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.hibernate.annotations.CreationTimestamp;

/**
 * A run of a scheduled job: its exception detail a String over a text column.
 */
@Entity
@Table(name = "sys_quartz_log")
class QuartzLog {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	@Column(name = "log_id")
	Long id;

	String jobName;

	String beanName;

	String methodName;

	String params;

	String cronExpression;

	Boolean isSuccess;

	String exceptionDetail;

	Long time;

	@CreationTimestamp
	Timestamp createTime;

}

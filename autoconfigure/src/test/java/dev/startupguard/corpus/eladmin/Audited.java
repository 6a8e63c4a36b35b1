package dev.startupguard.corpus.eladmin;

import java.sql.Timestamp;

import jakarta.persistence.Column;
import jakarta.persistence.MappedSuperclass;
import org.hibernate.annotations.CreationTimestamp;
import org.hibernate.annotations.UpdateTimestamp;

/**
 * eladmin's base entity: who created and last changed a row (filled by Spring Data's
 * auditing), and when (filled by Hibernate's creation and update timestamps).
 */
@MappedSuperclass
abstract class Audited {

	@Column(name = "create_by", updatable = false)
	String createBy;

	@Column(name = "update_by")
	String updateBy;

	@CreationTimestamp
	@Column(name = "create_time", updatable = false)
	Timestamp createTime;

	@UpdateTimestamp
	@Column(name = "update_time")
	Timestamp updateTime;

}

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
 * An entry of the request log: long texts in text columns (its exception detail as
 * bytes), and a creation time Hibernate fills in.
 */
@Entity
@Table(name = "sys_log")
class SysLog {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	@Column(name = "log_id")
	Long id;

	String username;

	String description;

	String method;

	String params;

	String logType;

	String requestIp;

	String address;

	String browser;

	Long time;

	byte[] exceptionDetail;

	@CreationTimestamp
	Timestamp createTime;

}

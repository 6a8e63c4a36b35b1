package dev.startupguard.corpus.eladmin;

import java.util.Date;
import java.util.Set;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.JoinTable;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.OneToOne;
import jakarta.persistence.Table;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;

/**
 * A user: roles and jobs in join tables, a department as a one-to-one (many users share
 * one), a unique user name, required strings only validated as such.
 */
@Entity
@Table(name = "sys_user")
class User extends Audited {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	@Column(name = "user_id")
	Long id;

	@ManyToMany(fetch = FetchType.EAGER)
	@JoinTable(name = "sys_users_roles", joinColumns = @JoinColumn(name = "user_id", referencedColumnName = "user_id"),
			inverseJoinColumns = @JoinColumn(name = "role_id", referencedColumnName = "role_id"))
	Set<Role> roles;

	@ManyToMany(fetch = FetchType.EAGER)
	@JoinTable(name = "sys_users_jobs", joinColumns = @JoinColumn(name = "user_id", referencedColumnName = "user_id"),
			inverseJoinColumns = @JoinColumn(name = "job_id", referencedColumnName = "job_id"))
	Set<Job> jobs;

	@OneToOne
	@JoinColumn(name = "dept_id")
	Dept dept;

	@NotBlank
	@Column(unique = true)
	String username;

	@NotBlank
	String nickName;

	@Email
	@NotBlank
	String email;

	@NotBlank
	String phone;

	String gender;

	String avatarName;

	String avatarPath;

	String password;

	@NotNull
	Boolean enabled;

	Boolean isAdmin = false;

	@Column(name = "pwd_reset_time")
	Date pwdResetTime;

}

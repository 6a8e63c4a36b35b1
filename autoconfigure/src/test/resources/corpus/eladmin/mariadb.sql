-- eladmin's schema, restated from the one dump the project ships (taken from MariaDB by a
-- database client): bigint(20) identity keys named after their table, strings mostly
-- varchar(255) and optional, flags as bit(1), datetimes without fractional seconds, long
-- texts as text, plain indexes on every reference and no foreign key at all, a few
-- unique keys. The Quartz scheduler's own tables, shipped in a second script, are left out.

create table code_column (
	column_id bigint(20) not null auto_increment,
	table_name varchar(180) default null,
	column_name varchar(255) default null,
	column_type varchar(255) default null,
	dict_name varchar(255) default null,
	extra varchar(255) default null,
	form_show bit(1) default null,
	form_type varchar(255) default null,
	key_type varchar(255) default null,
	list_show bit(1) default null,
	not_null bit(1) default null,
	query_type varchar(255) default null,
	remark varchar(255) default null,
	date_annotation varchar(255) default null,
	primary key (column_id),
	key idx_table_name (table_name)
) engine=InnoDB default charset=utf8mb4;

create table code_config (
	config_id bigint(20) not null auto_increment,
	table_name varchar(255) default null,
	author varchar(255) default null,
	cover bit(1) default null,
	module_name varchar(255) default null,
	pack varchar(255) default null,
	path varchar(255) default null,
	api_path varchar(255) default null,
	prefix varchar(255) default null,
	api_alias varchar(255) default null,
	primary key (config_id),
	key idx_table_name (table_name(100))
) engine=InnoDB default charset=utf8mb4;

create table mnt_app (
	app_id bigint(20) not null auto_increment,
	name varchar(255) default null,
	upload_path varchar(255) default null,
	deploy_path varchar(255) default null,
	backup_path varchar(255) default null,
	port int(255) default null,
	start_script varchar(4000) default null,
	deploy_script varchar(4000) default null,
	create_by varchar(255) default null,
	update_by varchar(255) default null,
	create_time datetime default null,
	update_time datetime default null,
	primary key (app_id)
) engine=InnoDB default charset=utf8mb4;

create table mnt_database (
	db_id varchar(50) not null,
	name varchar(255) not null,
	jdbc_url varchar(255) not null,
	user_name varchar(255) not null,
	pwd varchar(255) not null,
	create_by varchar(255) default null,
	update_by varchar(255) default null,
	create_time datetime default null,
	update_time datetime default null,
	primary key (db_id)
) engine=InnoDB default charset=utf8mb4;

create table mnt_deploy (
	deploy_id bigint(20) not null auto_increment,
	app_id bigint(20) default null,
	create_by varchar(255) default null,
	update_by varchar(255) default null,
	create_time datetime default null,
	update_time datetime default null,
	primary key (deploy_id),
	key idx_app_id (app_id)
) engine=InnoDB default charset=utf8mb4;

create table mnt_deploy_history (
	history_id varchar(50) not null,
	app_name varchar(255) not null,
	deploy_date datetime not null,
	deploy_user varchar(50) not null,
	ip varchar(20) not null,
	deploy_id bigint(20) default null,
	primary key (history_id)
) engine=InnoDB default charset=utf8mb4;

create table mnt_deploy_server (
	deploy_id bigint(20) not null,
	server_id bigint(20) not null,
	primary key (deploy_id, server_id),
	key idx_deploy_id (deploy_id),
	key idx_server_id (server_id)
) engine=InnoDB default charset=utf8mb4;

create table mnt_server (
	server_id bigint(20) not null auto_increment,
	account varchar(50) default null,
	ip varchar(20) default null,
	name varchar(100) default null,
	password varchar(100) default null,
	port int(11) default null,
	create_by varchar(255) default null,
	update_by varchar(255) default null,
	create_time datetime default null,
	update_time datetime default null,
	primary key (server_id),
	key idx_ip (ip)
) engine=InnoDB default charset=utf8mb4;

create table sys_dept (
	dept_id bigint(20) not null auto_increment,
	pid bigint(20) default null,
	sub_count int(5) default 0,
	name varchar(255) not null,
	dept_sort int(5) default 999,
	enabled bit(1) not null,
	create_by varchar(255) default null,
	update_by varchar(255) default null,
	create_time datetime default null,
	update_time datetime default null,
	primary key (dept_id),
	key idx_pid (pid),
	key idx_enabled (enabled)
) engine=InnoDB default charset=utf8mb4;

create table sys_dict (
	dict_id bigint(20) not null auto_increment,
	name varchar(255) not null,
	description varchar(255) default null,
	create_by varchar(255) default null,
	update_by varchar(255) default null,
	create_time datetime default null,
	update_time datetime default null,
	primary key (dict_id)
) engine=InnoDB default charset=utf8mb4;

create table sys_dict_detail (
	detail_id bigint(20) not null auto_increment,
	dict_id bigint(11) default null,
	label varchar(255) not null,
	value varchar(255) not null,
	dict_sort int(5) default null,
	create_by varchar(255) default null,
	update_by varchar(255) default null,
	create_time datetime default null,
	update_time datetime default null,
	primary key (detail_id),
	key idx_dict_id (dict_id)
) engine=InnoDB default charset=utf8mb4;

create table sys_job (
	job_id bigint(20) not null auto_increment,
	name varchar(180) not null,
	enabled bit(1) not null,
	job_sort int(5) default null,
	create_by varchar(255) default null,
	update_by varchar(255) default null,
	create_time datetime default null,
	update_time datetime default null,
	primary key (job_id),
	unique key uniq_name (name),
	key idx_enabled (enabled)
) engine=InnoDB default charset=utf8mb4;

create table sys_log (
	log_id bigint(20) not null auto_increment,
	description varchar(255) default null,
	log_type varchar(10) not null,
	method varchar(255) default null,
	params text default null,
	request_ip varchar(255) default null,
	time bigint(20) default null,
	username varchar(255) default null,
	address varchar(255) default null,
	browser varchar(255) default null,
	exception_detail text default null,
	create_time datetime not null,
	primary key (log_id),
	key idx_create_time_index (create_time),
	key idx_log_type (log_type)
) engine=InnoDB default charset=utf8mb4;

create table sys_menu (
	menu_id bigint(20) not null auto_increment,
	pid bigint(20) default null,
	sub_count int(5) default 0,
	type int(11) default null,
	title varchar(100) default null,
	name varchar(100) default null,
	component varchar(255) default null,
	menu_sort int(5) default null,
	icon varchar(255) default null,
	path varchar(255) default null,
	i_frame bit(1) default null,
	cache bit(1) default b'0',
	hidden bit(1) default b'0',
	permission varchar(255) default null,
	create_by varchar(255) default null,
	update_by varchar(255) default null,
	create_time datetime default null,
	update_time datetime default null,
	primary key (menu_id),
	unique key uniq_name (name),
	unique key uniq_title (title),
	key idx_pid (pid)
) engine=InnoDB default charset=utf8mb4;

create table sys_quartz_job (
	job_id bigint(20) not null auto_increment,
	bean_name varchar(255) default null,
	cron_expression varchar(255) default null,
	is_pause bit(1) default null,
	job_name varchar(255) default null,
	method_name varchar(255) default null,
	params varchar(255) default null,
	description varchar(255) default null,
	person_in_charge varchar(100) default null,
	email varchar(100) default null,
	sub_task varchar(100) default null,
	pause_after_failure bit(1) default null,
	create_by varchar(255) default null,
	update_by varchar(255) default null,
	create_time datetime default null,
	update_time datetime default null,
	primary key (job_id),
	key idx_is_pause (is_pause)
) engine=InnoDB default charset=utf8mb4;

create table sys_quartz_log (
	log_id bigint(20) not null auto_increment,
	bean_name varchar(255) default null,
	cron_expression varchar(255) default null,
	is_success bit(1) default null,
	job_name varchar(255) default null,
	method_name varchar(255) default null,
	params varchar(255) default null,
	time bigint(20) default null,
	exception_detail text default null,
	create_time datetime default null,
	primary key (log_id)
) engine=InnoDB default charset=utf8mb4;

create table sys_role (
	role_id bigint(20) not null auto_increment,
	name varchar(100) not null,
	level int(50) default null,
	description varchar(255) default null,
	data_scope varchar(255) default null,
	create_by varchar(255) default null,
	update_by varchar(255) default null,
	create_time datetime default null,
	update_time datetime default null,
	primary key (role_id),
	unique key uniq_name (name),
	key idx_level (level)
) engine=InnoDB default charset=utf8mb4;

create table sys_roles_depts (
	role_id bigint(20) not null,
	dept_id bigint(20) not null,
	primary key (role_id, dept_id),
	key idx_role_id (role_id),
	key idx_dept_id (dept_id)
) engine=InnoDB default charset=utf8mb4;

create table sys_roles_menus (
	menu_id bigint(20) not null,
	role_id bigint(20) not null,
	primary key (menu_id, role_id),
	key idx_menu_id (menu_id),
	key idx_role_id (role_id)
) engine=InnoDB default charset=utf8mb4;

create table sys_user (
	user_id bigint(20) not null auto_increment,
	dept_id bigint(20) default null,
	username varchar(180) default null,
	nick_name varchar(255) default null,
	gender varchar(2) default null,
	phone varchar(255) default null,
	email varchar(180) default null,
	avatar_name varchar(255) default null,
	avatar_path varchar(255) default null,
	password varchar(255) default null,
	is_admin bit(1) default b'0',
	enabled bit(1) default null,
	create_by varchar(255) default null,
	update_by varchar(255) default null,
	pwd_reset_time datetime default null,
	create_time datetime default null,
	update_time datetime default null,
	primary key (user_id),
	unique key uniq_email (email),
	unique key uniq_username (username),
	key idx_dept_id (dept_id),
	key idx_enabled (enabled)
) engine=InnoDB default charset=utf8mb4;

create table sys_users_jobs (
	user_id bigint(20) not null,
	job_id bigint(20) not null,
	primary key (user_id, job_id),
	key idx_user_id (user_id),
	key idx_job_id (job_id)
) engine=InnoDB default charset=utf8mb3;

create table sys_users_roles (
	user_id bigint(20) not null,
	role_id bigint(20) not null,
	primary key (user_id, role_id),
	key idx_user_id (user_id),
	key idx_role_id (role_id)
) engine=InnoDB default charset=utf8mb4;

create table tool_alipay_config (
	config_id bigint(20) not null,
	app_id varchar(255) default null,
	charset varchar(255) default null,
	format varchar(255) default null,
	gateway_url varchar(255) default null,
	notify_url varchar(255) default null,
	private_key text default null,
	public_key text default null,
	return_url varchar(255) default null,
	sign_type varchar(255) default null,
	sys_service_provider_id varchar(255) default null,
	primary key (config_id)
) engine=InnoDB default charset=utf8mb4;

create table tool_email_config (
	config_id bigint(20) not null,
	from_user varchar(255) default null,
	host varchar(255) default null,
	pass varchar(255) default null,
	port varchar(255) default null,
	user varchar(255) default null,
	primary key (config_id)
) engine=InnoDB default charset=utf8mb4;

create table tool_local_storage (
	storage_id bigint(20) not null auto_increment,
	real_name varchar(255) default null,
	name varchar(255) default null,
	suffix varchar(255) default null,
	path varchar(255) default null,
	type varchar(255) default null,
	size varchar(100) default null,
	create_by varchar(255) default null,
	update_by varchar(255) default null,
	create_time datetime default null,
	update_time datetime default null,
	primary key (storage_id)
) engine=InnoDB default charset=utf8mb4;

create table tool_s3_storage (
	storage_id bigint(20) not null auto_increment,
	file_name varchar(255) not null,
	file_real_name varchar(255) not null,
	file_size varchar(100) not null,
	file_mime_type varchar(50) not null,
	file_type varchar(50) not null,
	file_path tinytext not null,
	create_by varchar(255) not null,
	update_by varchar(255) not null,
	create_time datetime not null,
	update_time datetime not null,
	primary key (storage_id)
) engine=InnoDB default charset=utf8mb4;

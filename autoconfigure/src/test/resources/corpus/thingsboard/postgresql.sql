-- ThingsBoard's hand-written PostgreSQL schema (dao/src/main/resources/sql/schema-entities.sql),
-- the 29 tables of the entities in this corpus project, restated: constraints as the project
-- declares them, column types and defaults unchanged.

create table tenant_profile (
	id uuid not null primary key,
	created_time bigint not null,
	name varchar(255),
	profile_data jsonb,
	description varchar,
	is_default boolean,
	isolated_tb_core boolean,
	isolated_tb_rule_engine boolean,
	constraint tenant_profile_name_unq_key unique (name)
);

create table tenant (
	id uuid not null primary key,
	created_time bigint not null,
	additional_info varchar,
	tenant_profile_id uuid not null,
	address varchar,
	address2 varchar,
	city varchar(255),
	country varchar(255),
	email varchar(255),
	phone varchar(255),
	region varchar(255),
	state varchar(255),
	title varchar(255),
	zip varchar(255),
	version bigint default 1,
	constraint fk_tenant_profile foreign key (tenant_profile_id) references tenant_profile(id)
);

create table customer (
	id uuid not null primary key,
	created_time bigint not null,
	additional_info varchar,
	address varchar,
	address2 varchar,
	city varchar(255),
	country varchar(255),
	email varchar(255),
	phone varchar(255),
	state varchar(255),
	tenant_id uuid,
	title varchar(255),
	zip varchar(255),
	external_id uuid,
	is_public boolean,
	version bigint default 1,
	constraint customer_title_unq_key unique (tenant_id, title),
	constraint customer_external_id_unq_key unique (tenant_id, external_id)
);

create table tb_user (
	id uuid not null primary key,
	created_time bigint not null,
	additional_info varchar,
	authority varchar(255),
	customer_id uuid,
	email varchar(255) unique,
	first_name varchar(255),
	last_name varchar(255),
	phone varchar(255),
	tenant_id uuid,
	version bigint default 1
);

create table user_credentials (
	id uuid not null primary key,
	created_time bigint not null,
	activate_token varchar(255) unique,
	activate_token_exp_time bigint,
	enabled boolean,
	password varchar(255),
	reset_token varchar(255) unique,
	reset_token_exp_time bigint,
	user_id uuid unique,
	additional_info varchar default '{}',
	last_login_ts bigint,
	failed_login_attempts int
);

create table user_settings (
	user_id uuid not null,
	type varchar(50) not null,
	settings jsonb,
	constraint fk_user_id foreign key (user_id) references tb_user(id) on delete cascade,
	constraint user_settings_pkey primary key (user_id, type)
);

create table admin_settings (
	id uuid not null primary key,
	tenant_id uuid not null,
	created_time bigint not null,
	json_value varchar,
	key varchar(255)
);

create table api_usage_state (
	id uuid not null primary key,
	created_time bigint not null,
	tenant_id uuid,
	entity_type varchar(32),
	entity_id uuid,
	transport varchar(32),
	db_storage varchar(32),
	re_exec varchar(32),
	js_exec varchar(32),
	tbel_exec varchar(32),
	email_exec varchar(32),
	sms_exec varchar(32),
	alarm_exec varchar(32),
	version bigint default 1,
	constraint api_usage_state_unq_key unique (tenant_id, entity_id)
);

create table rule_chain (
	id uuid not null primary key,
	created_time bigint not null,
	additional_info varchar,
	configuration varchar(10000000),
	notes varchar(1000000),
	name varchar(255),
	type varchar(255),
	first_rule_node_id uuid,
	root boolean,
	debug_mode boolean,
	tenant_id uuid,
	external_id uuid,
	version bigint default 1,
	constraint rule_chain_external_id_unq_key unique (tenant_id, external_id)
);

create table rule_node (
	id uuid not null primary key,
	created_time bigint not null,
	rule_chain_id uuid,
	additional_info varchar,
	configuration_version int default 0,
	configuration varchar(10000000),
	type varchar(255),
	name varchar(255),
	debug_settings varchar(1024),
	singleton_mode boolean,
	queue_name varchar(255),
	external_id uuid
);

create table rule_node_state (
	id uuid not null primary key,
	created_time bigint not null,
	rule_node_id uuid not null,
	entity_type varchar(32) not null,
	entity_id uuid not null,
	state_data varchar(16384) not null,
	constraint rule_node_state_unq_key unique (rule_node_id, entity_id),
	constraint fk_rule_node_state_node_id foreign key (rule_node_id) references rule_node(id) on delete cascade
);

create table dashboard (
	id uuid not null primary key,
	created_time bigint not null,
	configuration varchar,
	assigned_customers varchar(1000000),
	tenant_id uuid,
	title varchar(255),
	mobile_hide boolean default false,
	mobile_order int,
	image varchar(1000000),
	external_id uuid,
	version bigint default 1,
	constraint dashboard_external_id_unq_key unique (tenant_id, external_id)
);

create table ota_package (
	id uuid not null primary key,
	created_time bigint not null,
	tenant_id uuid not null,
	device_profile_id uuid ,
	type varchar(32) not null,
	title varchar(255) not null,
	version varchar(255) not null,
	tag varchar(255),
	url varchar(255),
	file_name varchar(255),
	content_type varchar(255),
	checksum_algorithm varchar(32),
	checksum varchar(1020),
	data oid,
	data_size bigint,
	additional_info varchar,
	external_id uuid,
	constraint ota_package_tenant_title_version_unq_key unique (tenant_id, title, version),
	constraint ota_package_external_id_unq_key unique (tenant_id, external_id)
);

create table device_profile (
	id uuid not null primary key,
	created_time bigint not null,
	name varchar(255),
	type varchar(255),
	image varchar(1000000),
	transport_type varchar(255),
	provision_type varchar(255),
	profile_data jsonb,
	description varchar,
	is_default boolean,
	tenant_id uuid,
	firmware_id uuid,
	software_id uuid,
	default_rule_chain_id uuid,
	default_dashboard_id uuid,
	default_queue_name varchar(255),
	provision_device_key varchar,
	default_edge_rule_chain_id uuid,
	external_id uuid,
	version bigint default 1,
	constraint device_profile_name_unq_key unique (tenant_id, name),
	constraint device_provision_key_unq_key unique (provision_device_key),
	constraint device_profile_external_id_unq_key unique (tenant_id, external_id),
	constraint fk_default_rule_chain_device_profile foreign key (default_rule_chain_id) references rule_chain(id),
	constraint fk_default_dashboard_device_profile foreign key (default_dashboard_id) references dashboard(id),
	constraint fk_firmware_device_profile foreign key (firmware_id) references ota_package(id),
	constraint fk_software_device_profile foreign key (software_id) references ota_package(id),
	constraint fk_default_edge_rule_chain_device_profile foreign key (default_edge_rule_chain_id) references rule_chain(id)
);

create table device (
	id uuid not null primary key,
	created_time bigint not null,
	additional_info varchar,
	customer_id uuid,
	device_profile_id uuid not null,
	device_data jsonb,
	type varchar(255),
	name varchar(255),
	label varchar(255),
	tenant_id uuid,
	firmware_id uuid,
	software_id uuid,
	external_id uuid,
	version bigint default 1,
	constraint device_name_unq_key unique (tenant_id, name),
	constraint device_external_id_unq_key unique (tenant_id, external_id),
	constraint fk_device_profile foreign key (device_profile_id) references device_profile(id),
	constraint fk_firmware_device foreign key (firmware_id) references ota_package(id),
	constraint fk_software_device foreign key (software_id) references ota_package(id)
);

create table device_credentials (
	id uuid not null primary key,
	created_time bigint not null,
	credentials_id varchar,
	credentials_type varchar(255),
	credentials_value varchar,
	device_id uuid,
	version bigint default 1,
	constraint device_credentials_id_unq_key unique (credentials_id),
	constraint device_credentials_device_id_unq_key unique (device_id)
);

create table asset_profile (
	id uuid not null primary key,
	created_time bigint not null,
	name varchar(255),
	image varchar(1000000),
	description varchar,
	is_default boolean,
	tenant_id uuid,
	default_rule_chain_id uuid,
	default_dashboard_id uuid,
	default_queue_name varchar(255),
	default_edge_rule_chain_id uuid,
	external_id uuid,
	version bigint default 1,
	constraint asset_profile_name_unq_key unique (tenant_id, name),
	constraint asset_profile_external_id_unq_key unique (tenant_id, external_id),
	constraint fk_default_rule_chain_asset_profile foreign key (default_rule_chain_id) references rule_chain(id),
	constraint fk_default_dashboard_asset_profile foreign key (default_dashboard_id) references dashboard(id),
	constraint fk_default_edge_rule_chain_asset_profile foreign key (default_edge_rule_chain_id) references rule_chain(id)
);

create table asset (
	id uuid not null primary key,
	created_time bigint not null,
	additional_info varchar,
	customer_id uuid,
	asset_profile_id uuid not null,
	name varchar(255),
	label varchar(255),
	tenant_id uuid,
	type varchar(255),
	external_id uuid,
	version bigint default 1,
	constraint asset_name_unq_key unique (tenant_id, name),
	constraint asset_external_id_unq_key unique (tenant_id, external_id),
	constraint fk_asset_profile foreign key (asset_profile_id) references asset_profile(id)
);

create table entity_view (
	id uuid not null primary key,
	created_time bigint not null,
	entity_id uuid,
	entity_type varchar(255),
	tenant_id uuid,
	customer_id uuid,
	type varchar(255),
	name varchar(255),
	keys varchar(10000000),
	start_ts bigint,
	end_ts bigint,
	additional_info varchar,
	external_id uuid,
	version bigint default 1,
	constraint entity_view_external_id_unq_key unique (tenant_id, external_id)
);

create table rpc (
	id uuid not null primary key,
	created_time bigint not null,
	tenant_id uuid not null,
	device_id uuid not null,
	expiration_time bigint not null,
	request varchar(10000000) not null,
	response varchar(10000000),
	additional_info varchar(10000000),
	status varchar(255) not null
);

create table edge (
	id uuid not null primary key,
	created_time bigint not null,
	additional_info varchar,
	customer_id uuid,
	root_rule_chain_id uuid,
	type varchar(255),
	name varchar(255),
	label varchar(255),
	routing_key varchar(255),
	secret varchar(255),
	tenant_id uuid,
	version bigint default 1,
	constraint edge_name_unq_key unique (tenant_id, name),
	constraint edge_routing_key_unq_key unique (routing_key)
);

create table alarm (
	id uuid not null primary key,
	created_time bigint not null,
	ack_ts bigint,
	clear_ts bigint,
	additional_info varchar,
	end_ts bigint,
	originator_id uuid,
	originator_type integer,
	propagate boolean,
	severity varchar(255),
	start_ts bigint,
	assign_ts bigint default 0,
	assignee_id uuid,
	tenant_id uuid,
	customer_id uuid,
	propagate_relation_types varchar,
	type varchar(255),
	propagate_to_owner boolean,
	propagate_to_tenant boolean,
	acknowledged boolean,
	cleared boolean
);

create table entity_alarm (
	tenant_id uuid not null,
	entity_type varchar(32),
	entity_id uuid not null,
	created_time bigint not null,
	alarm_type varchar(255) not null,
	customer_id uuid,
	alarm_id uuid,
	constraint entity_alarm_pkey primary key (entity_id, alarm_id),
	constraint fk_entity_alarm_id foreign key (alarm_id) references alarm(id) on delete cascade
);

create table relation (
	from_id uuid,
	from_type varchar(255),
	to_id uuid,
	to_type varchar(255),
	relation_type_group varchar(255),
	relation_type varchar(255),
	additional_info varchar,
	version bigint default 0,
	constraint relation_pkey primary key (from_id, from_type, relation_type_group, relation_type, to_id, to_type)
);

create table queue (
	id uuid not null primary key,
	created_time bigint not null,
	tenant_id uuid,
	name varchar(255),
	topic varchar(255),
	poll_interval int,
	partitions int,
	consumer_per_partition boolean,
	pack_processing_timeout bigint,
	submit_strategy varchar(255),
	processing_strategy varchar(255),
	additional_info varchar
);

create table component_descriptor (
	id uuid not null primary key,
	created_time bigint not null,
	actions varchar(255),
	clazz varchar unique,
	configuration_descriptor varchar,
	configuration_version int default 0,
	name varchar(255),
	scope varchar(255),
	type varchar(255),
	clustering_mode varchar(255),
	has_queue_name boolean default false
);

create table widgets_bundle (
	id uuid not null primary key,
	created_time bigint not null,
	alias varchar(255),
	tenant_id uuid,
	title varchar(255),
	image varchar(1000000),
	scada boolean not null default false,
	description varchar(1024),
	widgets_bundle_order int,
	external_id uuid,
	version bigint default 1,
	constraint uq_widgets_bundle_alias unique (tenant_id, alias),
	constraint widgets_bundle_external_id_unq_key unique (tenant_id, external_id)
);

create table widget_type (
	id uuid not null primary key,
	created_time bigint not null,
	fqn varchar(512),
	descriptor varchar(1000000),
	name varchar(255),
	tenant_id uuid,
	image varchar(1000000),
	scada boolean not null default false,
	deprecated boolean not null default false,
	description varchar(1024),
	tags text[],
	external_id uuid,
	version bigint default 1,
	constraint uq_widget_type_fqn unique (tenant_id, fqn),
	constraint widget_type_external_id_unq_key unique (tenant_id, external_id)
);

create table widgets_bundle_widget (
	widgets_bundle_id uuid not null,
	widget_type_id uuid not null,
	widget_type_order int not null default 0,
	constraint widgets_bundle_widget_pkey primary key (widgets_bundle_id, widget_type_id),
	constraint fk_widgets_bundle foreign key (widgets_bundle_id) references widgets_bundle(id) on delete cascade,
	constraint fk_widget_type foreign key (widget_type_id) references widget_type(id) on delete cascade
);

alter table ota_package add constraint fk_device_profile_ota_package foreign key (device_profile_id)
	references device_profile (id) on delete cascade;

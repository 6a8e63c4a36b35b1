-- Spring Cloud Data Flow's Flyway migration for H2 (V1__INITIAL_SETUP.sql), the tables of
-- the entities in this corpus project, restated.
create sequence hibernate_sequence start with 1 increment by 1;

create table task_deployment (
	id bigint not null,
	object_version bigint,
	task_deployment_id varchar(255) not null,
	task_definition_name varchar(255) not null,
	platform_name varchar(255) not null,
	created_on timestamp
);

create index idx_rel_name on task_deployment (platform_name);

create table app_registration (
	id bigint not null,
	object_version bigint,
	default_version boolean,
	metadata_uri clob,
	name varchar(255),
	type integer,
	uri clob,
	version varchar(255),
	boot_version varchar(16),
	primary key (id)
);

create table audit_records (
	id bigint not null,
	audit_action bigint,
	audit_data varchar(1000000000),
	audit_operation bigint,
	correlation_id varchar(255),
	created_by varchar(255),
	created_on timestamp,
	platform_name varchar(255),
	primary key (id)
);

create table stream_definitions (
	definition_name varchar(255) not null,
	definition clob,
	original_definition clob,
	description varchar(255),
	primary key (definition_name)
);

create table task_definitions (
	definition_name varchar(255) not null,
	definition clob,
	description varchar(255),
	primary key (definition_name)
);

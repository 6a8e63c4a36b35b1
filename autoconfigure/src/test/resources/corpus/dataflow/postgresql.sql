-- Spring Cloud Data Flow's PostgreSQL migrations, which its Flyway Java migrations run in
-- order (schemas/postgresql/V1-dataflow.sql and the versions after it), for the tables of
-- the entities in this corpus project, restated.

-- V1: initial setup
create sequence if not exists hibernate_sequence start 1 increment 1;

create table app_registration (
	id int8 not null,
	object_version int8,
	default_version boolean,
	metadata_uri text,
	name varchar(255),
	type int4,
	uri text,
	version varchar(255),
	primary key (id)
);

create table task_deployment (
	id int8 not null,
	object_version int8,
	task_deployment_id varchar(255) not null,
	task_definition_name varchar(255) not null,
	platform_name varchar(255) not null,
	created_on timestamp,
	primary key (id)
);

create table audit_records (
	id int8 not null,
	audit_action int8,
	audit_data text,
	audit_operation int8,
	correlation_id varchar(255),
	created_by varchar(255),
	created_on timestamp,
	primary key (id)
);

create table stream_definitions (
	definition_name varchar(255) not null,
	definition text,
	primary key (definition_name)
);

create table task_definitions (
	definition_name varchar(255) not null,
	definition text,
	primary key (definition_name)
);

-- V2: descriptions and the original stream definition
alter table stream_definitions add column description varchar(255);
alter table stream_definitions add column original_definition text;
alter table task_definitions add column description varchar(255);

-- V3: the platform of an audit record
alter table audit_records add platform_name varchar(255);

-- V6: the Boot version of a registered application
alter table app_registration add boot_version varchar(16);

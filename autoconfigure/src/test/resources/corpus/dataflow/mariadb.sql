-- Spring Cloud Data Flow's MariaDB migrations, which its Flyway Java migrations run in
-- order (schemas/mariadb/V1-dataflow.sql and the versions after it), for the tables of the
-- entities in this corpus project, restated.

-- V1: initial setup
create sequence if not exists hibernate_sequence start 1 increment 1;

create table app_registration (
	id bigint not null,
	object_version bigint,
	default_version bit,
	metadata_uri longtext,
	name varchar(255),
	type integer,
	uri longtext,
	version varchar(255),
	primary key (id)
);

create table task_deployment (
	id bigint not null,
	object_version bigint,
	task_deployment_id varchar(255) not null,
	task_definition_name varchar(255) not null,
	platform_name varchar(255) not null,
	created_on datetime,
	primary key (id)
);

create table audit_records (
	id bigint not null,
	audit_action bigint,
	audit_data longtext,
	audit_operation bigint,
	correlation_id varchar(255),
	created_by varchar(255),
	created_on datetime,
	primary key (id)
);

create table stream_definitions (
	definition_name varchar(255) not null,
	definition longtext,
	primary key (definition_name)
);

create table task_definitions (
	definition_name varchar(255) not null,
	definition longtext,
	primary key (definition_name)
);

-- V2: descriptions and the original stream definition
alter table stream_definitions add description varchar(255);
alter table stream_definitions add original_definition longtext;
alter table task_definitions add description varchar(255);

-- V3: the platform of an audit record
alter table audit_records add platform_name varchar(255);

-- V7: the Boot version of a registered application
alter table app_registration add boot_version varchar(16);

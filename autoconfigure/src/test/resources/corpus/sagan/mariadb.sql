-- The spring.io site (Sagan)'s schema, restated as the Flyway migrations V1 to V7 it
-- ships for MySQL build it, run here on MariaDB in the same order: int identity keys,
-- long texts as longtext and mediumtext, columns added, renamed and dropped by later
-- migrations, two tables rebuilt around a new surrogate key, foreign keys declared inline
-- on two tables only. The migrations' data statements are left out.

-- V1: members, posts, projects
create table member_profile (
	id int auto_increment primary key,
	avatar_url varchar(255),
	bio varchar(2048),
	latitude float,
	longitude float,
	github_id bigint,
	github_username varchar(128),
	gravatar_email varchar(128),
	hidden boolean,
	lanyrd_username varchar(128),
	location varchar(64),
	name varchar(128),
	speakerdeck_username varchar(128),
	twitter_username varchar(128),
	username varchar(128) not null,
	video_embeds varchar(255),
	job_title varchar(128)
);
create table post (
	id int auto_increment primary key,
	broadcast boolean not null,
	category varchar(128) not null,
	created_at timestamp not null,
	draft boolean not null,
	format varchar(128),
	public_slug varchar(255) unique,
	publish_at timestamp default current_timestamp,
	raw_content longtext not null,
	rendered_content longtext not null,
	rendered_summary longtext not null,
	title varchar(255) not null,
	author_id integer not null references member_profile (id)
);
create table post_public_slug_aliases (
	post_id int not null,
	public_slug_aliases varchar(255) not null unique,
	primary key (post_id, public_slug_aliases)
);
create index idx_category on post (category);
create index idx_draft on post (draft);
create index idx_publish_at on post (publish_at);
create table project (
	id varchar(128) not null primary key,
	name varchar(255),
	repo_url varchar(255),
	category varchar(255),
	site_url varchar(255),
	is_aggregator boolean,
	stack_overflow_tags varchar(255)
);
create table project_release_list (
	project_id varchar(128) not null,
	repository_id varchar(128),
	api_doc_url varchar(255),
	artifact_id varchar(255),
	group_id varchar(255),
	is_current boolean,
	ref_doc_url varchar(255),
	release_status int,
	version_name varchar(64),
	primary key (project_id, version_name)
);
create table project_repository (
	id varchar(255) not null primary key,
	name varchar(128),
	url varchar(255),
	snapshots_enabled boolean
);

-- V2: project pages and samples
alter table project add raw_boot_config mediumtext;
alter table project add rendered_boot_config mediumtext;
alter table project add raw_overview mediumtext;
alter table project add rendered_overview mediumtext;
alter table project drop column is_aggregator;
alter table project add parent_project_id varchar(255) default null;
alter table project add display_order int not null default 255;
create table project_sample_list (
	title varchar(255),
	description varchar(255),
	url varchar(255),
	display_order int not null,
	project_id varchar(128) not null,
	primary key (project_id, display_order)
);

-- V3: Spring Tools downloads
create table spring_tools_platform (
	id varchar(255) not null primary key
);
create table spring_tools_platform_downloads (
	spring_tools_platform_id varchar(128) not null,
	download_url varchar(255) not null,
	variant varchar(128) not null,
	label varchar(128) not null,
	primary key (spring_tools_platform_id, variant)
);

-- V4: featured projects and groups
alter table project add tag_line varchar(255) default '';
alter table project add featured boolean;
alter table project add image_path varchar(128) default '';
create table project_groups (
	id int auto_increment primary key,
	name varchar(128) unique,
	label varchar(128)
);
create table project_groups_rel (
	project_id varchar(128) references project (id),
	group_id int references project_groups (id),
	constraint id primary key (project_id, group_id)
);

-- V5: the project model reworked
alter table project rename column category to status;
alter table project rename column raw_boot_config to bootconfig_source;
alter table project rename column rendered_boot_config to bootconfig_html;
alter table project rename column raw_overview to overview_source;
alter table project rename column rendered_overview to overview_html;
alter table project rename column display_order to sort_order;
alter table project add column project_generations_lastmodified timestamp default now();
create index idx_project_name on project (name);
alter table project_release_list rename to project_release;
alter table project_release drop primary key;
alter table project_release rename column version_name to version;
alter table project_release add column id int auto_increment primary key;
alter table project_release drop column group_id;
alter table project_release drop column artifact_id;
create unique index project_version on project_release (project_id, version);
alter table project_release rename column release_status to release_status_old;
alter table project_release add column release_status varchar(128);
alter table project_release drop column release_status_old;
alter table project_release drop column repository_id;
alter table project_release add column repository varchar(128);
drop table project_repository;
alter table project_sample_list rename to project_sample;
alter table project_sample drop primary key;
alter table project_sample add column id int auto_increment primary key;
alter table project_sample rename column display_order to sort_order;
alter table project_sample modify title varchar(255) not null;
alter table project_sample modify description varchar(255) not null;
alter table project_sample modify url varchar(255) not null;
create table project_generation (
	id int auto_increment primary key,
	project_id varchar(128) not null,
	name varchar(64) not null,
	initial_release_date date not null,
	oss_support_enforced_end_date date,
	oss_support_policy_end_date date,
	commercial_support_enforced_end_date date,
	commercial_support_policy_end_date date,
	unique (project_id, name)
);
create index idx_memberprofile_githubid on member_profile (github_id);
create index idx_memberprofile_username on member_profile (username);

-- V6: a version for each download
alter table spring_tools_platform_downloads add column version varchar(64) default '';

-- V7: support policies
alter table project add support_policy varchar(255);

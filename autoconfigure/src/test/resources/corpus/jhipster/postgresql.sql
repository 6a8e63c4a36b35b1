-- The JHipster sample application's schema on PostgreSQL, restated as the SQL its
-- Liquibase changelogs produce there: one shared sequence stepping by 50, bigint keys
-- without defaults, the change sets' types ("datetime" becomes a timestamp without time
-- zone, "boolean" a boolean), named unique and foreign key constraints added after the
-- tables, and Liquibase's own two bookkeeping tables.

create sequence sequence_generator start with 1050 increment by 50;

create table jhi_user (
	id bigint not null,
	login varchar(50) not null,
	password_hash varchar(60),
	first_name varchar(50),
	last_name varchar(50),
	email varchar(191),
	image_url varchar(256),
	activated boolean default false not null,
	lang_key varchar(10),
	activation_key varchar(20),
	reset_key varchar(20),
	created_by varchar(50) not null,
	created_date timestamp,
	reset_date timestamp,
	last_modified_by varchar(50),
	last_modified_date timestamp,
	constraint pk_jhi_user primary key (id),
	constraint ux_user_login unique (login),
	constraint ux_user_email unique (email)
);

create table jhi_authority (
	name varchar(50) not null,
	constraint pk_jhi_authority primary key (name)
);

create table jhi_user_authority (
	user_id bigint not null,
	authority_name varchar(50) not null
);
alter table jhi_user_authority add primary key (user_id, authority_name);
alter table jhi_user_authority add constraint fk_authority_name foreign key (authority_name) references jhi_authority (name);
alter table jhi_user_authority add constraint fk_user_id foreign key (user_id) references jhi_user (id);
alter table jhi_user alter column password_hash set not null;

create table bank_account (
	id bigint not null,
	name varchar(255) not null,
	balance decimal(21, 2) not null,
	user_id bigint,
	constraint pk_bank_account primary key (id)
);

create table label (
	id bigint not null,
	label varchar(255) not null,
	constraint pk_label primary key (id)
);

create table operation (
	id bigint not null,
	date timestamp without time zone not null,
	description varchar(255),
	amount decimal(21, 2) not null,
	bank_account_id bigint,
	constraint pk_operation primary key (id)
);

create table rel_operation__label (
	label_id bigint not null,
	operation_id bigint not null
);
alter table rel_operation__label add primary key (operation_id, label_id);

alter table bank_account add constraint fk_bank_account__user_id foreign key (user_id) references jhi_user (id);
alter table operation add constraint fk_operation__bank_account_id foreign key (bank_account_id) references bank_account (id);
alter table rel_operation__label add constraint fk_rel_operation__label__operation_id foreign key (operation_id) references operation (id);
alter table rel_operation__label add constraint fk_rel_operation__label__label_id foreign key (label_id) references label (id);

create table databasechangeloglock (
	id integer not null,
	locked boolean not null,
	lockgranted timestamp,
	lockedby varchar(255),
	constraint databasechangeloglock_pkey primary key (id)
);

create table databasechangelog (
	id varchar(255) not null,
	author varchar(255) not null,
	filename varchar(255) not null,
	dateexecuted timestamp not null,
	orderexecuted integer not null,
	exectype varchar(10) not null,
	md5sum varchar(35),
	description varchar(255),
	comments varchar(255),
	tag varchar(255),
	liquibase varchar(20),
	contexts varchar(255),
	labels varchar(255),
	deployment_id varchar(10)
);

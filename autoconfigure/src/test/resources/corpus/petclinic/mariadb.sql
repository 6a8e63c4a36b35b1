-- Spring PetClinic's schema for MySQL, restated and run on MariaDB: unsigned keys with a
-- display width, strings of the widths the project chose (its entities state none),
-- foreign keys declared inline, a join table kept unique by a unique constraint.

create table vets (
	id int(4) unsigned not null auto_increment primary key,
	first_name varchar(30),
	last_name varchar(30),
	index (last_name)
) engine=InnoDB;

create table specialties (
	id int(4) unsigned not null auto_increment primary key,
	name varchar(80),
	index (name)
) engine=InnoDB;

create table vet_specialties (
	vet_id int(4) unsigned not null,
	specialty_id int(4) unsigned not null,
	foreign key (vet_id) references vets (id),
	foreign key (specialty_id) references specialties (id),
	unique (vet_id, specialty_id)
) engine=InnoDB;

create table types (
	id int(4) unsigned not null auto_increment primary key,
	name varchar(80),
	index (name)
) engine=InnoDB;

create table owners (
	id int(4) unsigned not null auto_increment primary key,
	first_name varchar(30),
	last_name varchar(30),
	address varchar(255),
	city varchar(80),
	telephone varchar(20),
	index (last_name)
) engine=InnoDB;

create table pets (
	id int(4) unsigned not null auto_increment primary key,
	name varchar(30),
	birth_date date,
	type_id int(4) unsigned not null,
	owner_id int(4) unsigned,
	index (name),
	foreign key (owner_id) references owners (id),
	foreign key (type_id) references types (id)
) engine=InnoDB;

create table visits (
	id int(4) unsigned not null auto_increment primary key,
	pet_id int(4) unsigned,
	visit_date date,
	description varchar(255),
	foreign key (pet_id) references pets (id)
) engine=InnoDB;

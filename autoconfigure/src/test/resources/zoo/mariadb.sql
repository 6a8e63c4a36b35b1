-- Type zoo schema for MariaDB, written by hand as a team writes its migrations: own
-- constraint and index names, and spellings other than Hibernate's where they work.

create sequence animal_seq start with 1 increment by 50; -- cached (Hibernate: nocache)
create sequence supplier_seq increment by 50 nocache;

create table id_generator (
	generator_name varchar(255) not null,
	next_value bigint(20), -- bigint(20): display width
	constraint pk_id_generator primary key (generator_name)
) engine=InnoDB;

insert into id_generator (generator_name, next_value) values ('enclosure', 0);

create table enclosure (
	id bigint not null,
	code varchar(40) not null,
	area double not null, -- double = float(53)
	constraint pk_enclosure primary key (id),
	constraint uq_enclosure_code unique (code)
) engine=InnoDB;

create table aquarium (
	id bigint(20) not null, -- bigint(20): display width
	volume decimal(12, 2),
	salt_water tinyint(1) not null, -- tinyint(1) for boolean (Hibernate: bit)
	constraint pk_aquarium primary key (id),
	constraint fk_aquarium_enclosure foreign key (id) references enclosure (id)
) engine=InnoDB;

create table aviary (
	enclosure_id bigint not null,
	height decimal(38, 2),
	constraint pk_aviary primary key (enclosure_id),
	constraint fk_aviary_enclosure foreign key (enclosure_id) references enclosure (id)
) engine=InnoDB;

create table keeper (
	id uuid not null,
	first_name varchar(40) not null,
	nickname varchar(60) not null, -- @NotBlank @Size(max = 60), applied by Hibernate
	`DisplayName` varchar(80),
	email varchar(255),
	active boolean not null, -- boolean = tinyint(1) (Hibernate: bit)
	on_call bit(1), -- bit(1) as Hibernate's bit
	version int(11) not null, -- int(11) = integer
	constraint pk_keeper primary key (id),
	constraint uq_keeper_email unique (email)
) engine=InnoDB;

create table keeper_skill (
	keeper_id uuid not null,
	skill varchar(40),
	constraint uq_keeper_skill unique (keeper_id, skill),
	constraint fk_keeper_skill_keeper foreign key (keeper_id) references keeper (id)
) engine=InnoDB;

create table animal (
	id bigint not null,
	kind varchar(20) not null,
	name varchar(40) not null,
	born date,
	enclosure_id bigint not null,
	favourite_keeper_id uuid,
	legs int, -- int = integer
	nocturnal tinyint(1), -- tinyint(1) for boolean (Hibernate: bit)
	wingspan float, -- float = float(23)
	can_fly boolean, -- boolean = tinyint(1) (Hibernate: bit)
	version bigint not null,
	constraint pk_animal primary key (id),
	constraint fk_animal_enclosure foreign key (enclosure_id) references enclosure (id),
	constraint fk_animal_favourite_keeper foreign key (favourite_keeper_id) references keeper (id)
) engine=InnoDB;

create index ix_animal_name on animal (name);
create index ix_animal_enclosure_born on animal (enclosure_id, born);

create table keeper_animal (
	keeper_id uuid not null,
	animal_id bigint not null,
	constraint pk_keeper_animal primary key (keeper_id, animal_id),
	constraint fk_keeper_animal_keeper foreign key (keeper_id) references keeper (id),
	constraint fk_keeper_animal_animal foreign key (animal_id) references animal (id)
) engine=InnoDB;

create table supplier (
	id bigint not null,
	name varchar(100) not null,
	billing_street varchar(255),
	billing_city varchar(40) not null,
	billing_postal_code varchar(10),
	shipping_street varchar(500), -- wider than varchar(255)
	shipping_city varchar(40),
	shipping_postal_code varchar(10),
	constraint pk_supplier primary key (id),
	constraint uq_supplier_name_billing_city unique (name, billing_city)
) engine=InnoDB;

create table supplier_depot (
	supplier_id bigint not null,
	street varchar(255),
	city varchar(40) not null,
	postal_code varchar(10),
	constraint fk_supplier_depot_supplier foreign key (supplier_id) references supplier (id)
) engine=InnoDB;

create table `order` (
	id bigint not null auto_increment,
	supplier_id bigint not null,
	placed_at datetime(6) not null,
	`value` decimal(12, 2),
	status enum('OPEN', 'SHIPPED', 'CANCELLED') not null, -- declaration order (Hibernate sorts the values)
	version integer not null,
	constraint pk_order primary key (id),
	constraint fk_order_supplier foreign key (supplier_id) references supplier (id)
) engine=InnoDB;

create table order_line (
	order_id bigint not null, -- Hibernate quotes it (`order_id`), the same name here
	line_number int(11) not null, -- int(11) = integer
	article varchar(40) not null,
	quantity integer not null,
	unit_price numeric(12, 2), -- numeric = decimal
	constraint pk_order_line primary key (order_id, line_number), -- Hibernate: (line_number, order_id)
	constraint fk_order_line_order foreign key (order_id) references `order` (id)
) engine=InnoDB;

create table measurement (
	id bigint not null auto_increment,
	animal_id bigint not null,
	heart_rate int(11) not null, -- int(11) = integer
	breaths integer,
	steps bigint(20) not null, -- bigint(20): display width
	temperature smallint(6) not null, -- smallint(6): display width
	teeth tinyint(4) not null, -- tinyint(4): display width
	cost decimal(12, 2),
	ratio decimal(38, 2),
	cells decimal(38), -- decimal(38) = decimal(38,0)
	weight double precision not null, -- double precision = double = float(53)
	height float not null, -- float = float(23)
	constraint pk_measurement primary key (id),
	constraint fk_measurement_animal foreign key (animal_id) references animal (id)
) engine=InnoDB;

create table feeding (
	id bigint not null auto_increment,
	animal_id bigint,
	fed_on date not null,
	time time(6), -- more fractional digits than Hibernate's time(0)
	local_start datetime(6),
	recorded_at datetime(6) not null,
	planned_at datetime(6),
	confirmed_at datetime(6),
	duration decimal(21), -- decimal(21) = decimal(21,0)
	constraint pk_feeding primary key (id),
	constraint fk_feeding_animal foreign key (animal_id) references animal (id)
) engine=InnoDB;

create table ticket (
	id bigint not null auto_increment,
	barcode char(36) not null, -- char(36) for UUID (Hibernate: uuid)
	type varchar(255) not null, -- varchar for an enum by name (Hibernate: enum(...))
	valid_on smallint, -- smallint, wider than Hibernate's tinyint
	sold_at datetime(6) not null,
	price decimal(19, 2) not null, -- wider than decimal(12,2)
	used tinyint(1) not null, -- tinyint(1) for boolean (Hibernate: bit)
	refunded bit, -- bit = bit(1)
	`user` varchar(40),
	extras json,
	raw_json longtext, -- longtext for JSON, without json_valid check (Hibernate: json)
	constraint pk_ticket primary key (id),
	constraint uq_ticket_barcode unique (barcode)
) engine=InnoDB;

create index ix_ticket_type_sold_at on ticket (type, sold_at);

create table medical_record (
	id int not null auto_increment, -- int = integer
	animal_id bigint not null,
	title varchar(255),
	code varchar(40),
	summary text, -- text, wider than varchar(2000)
	grade char(1) not null, -- char(1) (Hibernate: varchar(1))
	initial varchar(1),
	notes text,
	history longtext,
	xray longblob,
	constraint pk_medical_record primary key (id),
	constraint uq_medical_record_animal unique (animal_id),
	constraint fk_medical_record_animal foreign key (animal_id) references animal (id)
) engine=InnoDB;

create table visit (
	visit_date date not null,
	gate varchar(10) not null,
	visitors integer not null,
	constraint pk_visit primary key (visit_date, gate) -- Hibernate: (gate, visit_date)
) engine=InnoDB;

create table `GuestBook` (
	id bigint not null auto_increment primary key, -- unnamed: MariaDB names every primary key PRIMARY
	message varchar(2000) not null,
	`SignedBy` varchar(40),
	written_at datetime(6)
) engine=InnoDB;

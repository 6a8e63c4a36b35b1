-- Run after the EntityManagerFactory with spring.jpa.defer-datasource-initialization=true.
-- The pause makes a check that read before these statements see the old schema every time.
SELECT pg_sleep(1);
DROP TABLE IF EXISTS customer_order;
DROP TABLE IF EXISTS customer;
CREATE TABLE customer (id bigint PRIMARY KEY, name varchar(80) NOT NULL, loyalty_tier varchar(20));
CREATE TABLE customer_order (id bigint PRIMARY KEY, customer_id bigint NOT NULL REFERENCES customer (id),
	total numeric(12,2) NOT NULL);

# Tables, a procedure between DELIMITER commands, a trigger with a BEGIN ... END body
# and conditional comments: every statement here is safe, since the script creates
# what it changes.
/*!40101 SET NAMES utf8mb4 */;

CREATE TABLE customer (
	id bigint NOT NULL AUTO_INCREMENT PRIMARY KEY,
	name varchar(100) NOT NULL, -- a comment; with a semicolon
	created datetime(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6)
) ENGINE=InnoDB;

/* a block comment; with a semicolon */
CREATE TABLE `orders` (
	`id` bigint NOT NULL AUTO_INCREMENT PRIMARY KEY,
	`customer_id` bigint NOT NULL,
	`state` varchar(20) NOT NULL DEFAULT 'NEW',
	`note` text,
	`label` varchar(100),
	CONSTRAINT orders_customer FOREIGN KEY (customer_id) REFERENCES customer (id)
) ENGINE=InnoDB;

CREATE TRIGGER orders_label BEFORE INSERT ON orders FOR EACH ROW
BEGIN
	IF NEW.label IS NULL THEN
		SET NEW.label = CASE WHEN NEW.state = 'NEW' THEN 'new; order' ELSE 'order' END;
	END IF;
END;

DELIMITER //
CREATE PROCEDURE count_orders(OUT total int)
BEGIN
	SELECT count(*) INTO total FROM orders;
END //
DELIMITER ;

INSERT INTO customer (name) VALUES ('Ada; Lovelace'), ('Grace\'s; shop'), ("Edsger; EWD");

INSERT INTO orders (customer_id, note) SELECT id, 'first; order' FROM customer;

UPDATE orders SET state = 'PAID' # a WHERE-less update on a table this script created is fine
;

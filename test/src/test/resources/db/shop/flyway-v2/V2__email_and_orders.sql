ALTER TABLE customer ADD COLUMN email VARCHAR(120);

CREATE TABLE purchase_order (
    id BIGINT NOT NULL PRIMARY KEY,
    customer_id BIGINT NOT NULL,
    quantity INTEGER NOT NULL,
    CONSTRAINT fk_purchase_order_customer FOREIGN KEY (customer_id) REFERENCES customer (id)
);

-- The recipes: online changes to tables an earlier script created.
ALTER TABLE orders ADD COLUMN total numeric(12, 2);

ALTER TABLE orders ADD COLUMN source varchar(20) NOT NULL DEFAULT 'web';

ALTER TABLE orders ALTER COLUMN total SET DEFAULT 0;

UPDATE orders SET total = 0 WHERE total IS NULL;

ALTER TABLE orders ADD CONSTRAINT orders_total_not_null CHECK (total IS NOT NULL) NOT VALID;

ALTER TABLE orders VALIDATE CONSTRAINT orders_total_not_null;

ALTER TABLE orders ADD CONSTRAINT orders_total_positive CHECK (total >= 0) NOT VALID;

ALTER TABLE orders VALIDATE CONSTRAINT orders_total_positive;

ALTER TABLE orders ADD COLUMN referrer_id bigint;

ALTER TABLE orders ADD CONSTRAINT orders_referrer FOREIGN KEY (referrer_id) REFERENCES customer (id) NOT VALID;

ALTER TABLE orders VALIDATE CONSTRAINT orders_referrer;

CREATE INDEX CONCURRENTLY orders_state ON orders (state);

DROP INDEX CONCURRENTLY IF EXISTS orders_customer;

ALTER TABLE orders ALTER COLUMN note DROP NOT NULL;

SELECT order_label(state) FROM orders WHERE id = 1;

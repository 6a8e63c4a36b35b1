-- The recipes: online changes to tables an earlier script created.
ALTER TABLE orders ADD COLUMN total decimal(12, 2), ALGORITHM=INPLACE, LOCK=NONE;

ALTER TABLE orders ADD COLUMN source varchar(20) NOT NULL DEFAULT 'web', ALGORITHM=INSTANT;

ALTER TABLE orders ALTER COLUMN total SET DEFAULT 0;

UPDATE orders SET total = 0 WHERE total IS NULL;

CREATE INDEX orders_state ON orders (state) ALGORITHM=INPLACE LOCK=NONE;

ALTER TABLE orders ADD INDEX orders_source (source), ALGORITHM=INPLACE, LOCK=NONE;

ALTER TABLE orders DROP INDEX orders_source;

DELETE FROM orders WHERE total < 0;

SELECT label FROM orders WHERE id = 1;

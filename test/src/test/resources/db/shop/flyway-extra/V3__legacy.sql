-- kept for a reporting job: no entity maps either
ALTER TABLE customer ADD COLUMN nickname VARCHAR(40);

CREATE TABLE audit_note (
    id BIGINT NOT NULL PRIMARY KEY,
    note VARCHAR(200)
);

-- Corrections of the real drifts of the schema Spring Cloud Data Flow's H2 migration
-- builds, as a Flyway migration its maintainers would write, run after the shipped
-- schema. One statement per finding.

-- LOSSY_TYPE audit_records.created_on: an Instant, written with its offset
alter table audit_records alter column created_on set data type timestamp with time zone;
-- LOSSY_TYPE task_deployment.created_on: an Instant, written with its offset
alter table task_deployment alter column created_on set data type timestamp with time zone;
-- MISSING_UNIQUE_CONSTRAINT task_deployment.id: the entity's id, a primary key on every other database
alter table task_deployment add primary key (id);

-- Corrections of the real drifts of the schema Spring Cloud Data Flow's PostgreSQL
-- migrations build, as a Flyway migration its maintainers would write, run after the
-- shipped schema. One statement per finding.

-- LOSSY_TYPE audit_records.created_on: an Instant, written with its offset
alter table audit_records alter column created_on type timestamp with time zone;
-- LOSSY_TYPE task_deployment.created_on: an Instant, written with its offset
alter table task_deployment alter column created_on type timestamp with time zone;

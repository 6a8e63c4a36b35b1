-- Corrections of the real drifts of the JHipster sample application's PostgreSQL schema,
-- as a Liquibase changeset of its maintainers would run it, after the shipped schema.
-- One statement per finding.

-- NARROWER_COLUMN jhi_user.email: User.email is mapped and validated up to 254 characters
alter table jhi_user alter column email type varchar(254);

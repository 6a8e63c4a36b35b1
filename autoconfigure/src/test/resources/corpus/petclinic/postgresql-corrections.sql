-- Corrections of the real drifts of Spring PetClinic's PostgreSQL schema, as a migration
-- its maintainers would write, run after the shipped schema. One statement per finding.

-- NULLABILITY_MISMATCH pets.type_id: Pet.type is an optional @ManyToOne
alter table pets alter column type_id drop not null;

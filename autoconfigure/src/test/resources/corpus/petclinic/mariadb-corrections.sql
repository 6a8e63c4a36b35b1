-- Corrections of the real drifts of Spring PetClinic's MySQL schema, as a migration its
-- maintainers would write, run after the shipped schema. One statement per finding.

-- NULLABILITY_MISMATCH pets.type_id: Pet.type is an optional @ManyToOne
alter table pets modify column type_id int(4) unsigned null;

-- Profiles name template families, not years: a unit-year may have none (its tables' own labels then decide the
-- family), and CZ2021 is now MOF101 (财预〔2021〕101号). CZ2021 stays accepted as an alias in the rule tables.
alter table unit_budget alter column profile drop not null;
update unit_budget set profile = 'MOF101' where profile = 'CZ2021';

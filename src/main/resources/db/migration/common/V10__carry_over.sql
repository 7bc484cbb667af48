-- A project carried over from last year: which submission, from which of its tables, when. One carry-over each.
alter table submission add column carried_from varchar(40);
alter table submission add column carried_from_source varchar(10);
alter table submission add column carried_from_version integer;
alter table submission add column carried_at timestamp;
create unique index submission_carried_from on submission (carried_from);

-- A project withdrawn before the bureau approved it: when, by whom, why.
alter table submission add column withdrawn_at timestamp;
alter table submission add column withdrawn_by varchar(64);
alter table submission add column withdraw_reason varchar(500);

-- A unit's 主管部门 and rule profile (规则集), and the people the bureau brings in with it.
alter table budget_unit add column parent_code varchar(20);
alter table budget_unit add column profile varchar(40);

create table unit_person (
    login     varchar(64) not null primary key,
    unit_code varchar(20) not null references budget_unit (code),
    name      varchar(50) not null,
    role      varchar(10) not null,
    phone     varchar(40)
);
create index unit_person_unit on unit_person (unit_code);

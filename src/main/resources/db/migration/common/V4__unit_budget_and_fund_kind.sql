-- The budget figures a unit-year's tables are checked against, and the validation profile of that unit-year.
create table unit_budget (
    unit_code           varchar(20)    not null references budget_unit (code),
    budget_year         integer        not null,
    profile             varchar(20)    not null,
    project_expenditure numeric(14, 2) not null,
    general_projects    numeric(14, 2) not null,
    special_funds       numeric(14, 2) not null,
    primary key (unit_code, budget_year)
);

-- 一般性项目 (GENERAL) or 专项资金 (SPECIAL): how the budget tables count the project.
alter table submission add column fund_kind varchar(10);

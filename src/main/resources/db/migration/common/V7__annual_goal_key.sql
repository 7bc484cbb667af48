-- Validation asks which other projects of the unit-year have the same 年度绩效目标 (compared stripped). The key is the
-- SHA-256 of the stripped goal, set by the application (Submission) and, for rows stored before, by the Java
-- migration V8 (AnnualGoalKeyMigration); through this index the question costs the same for the 10,000th project as
-- for the 10th.
alter table submission add column annual_goal_key char(64);
create index submission_annual_goal_key on submission (unit_code, budget_year, annual_goal_key);

-- The database itself refuses to change or remove what was filed and decided.
create function refuse_change_of_record() returns trigger language plpgsql as $$
begin
    raise exception '% 中的记录不可修改或删除（%）', tg_table_name, tg_op using errcode = 'P0001';
end
$$;

create trigger submission_version_immutable before update or delete on submission_version
    for each row execute function refuse_change_of_record();
create trigger submission_version_no_truncate before truncate on submission_version
    for each statement execute function refuse_change_of_record();
create trigger review_decision_immutable before update or delete on review_decision
    for each row execute function refuse_change_of_record();
create trigger review_decision_no_truncate before truncate on review_decision
    for each statement execute function refuse_change_of_record();
create trigger validation_finding_immutable before update or delete on validation_finding
    for each row execute function refuse_change_of_record();
create trigger validation_finding_no_truncate before truncate on validation_finding
    for each statement execute function refuse_change_of_record();
create trigger validation_run_immutable before update or delete on validation_run
    for each row execute function refuse_change_of_record();
create trigger validation_run_no_truncate before truncate on validation_run
    for each statement execute function refuse_change_of_record();
create trigger version_approval_immutable before update or delete on version_approval
    for each row execute function refuse_change_of_record();
create trigger version_approval_no_truncate before truncate on version_approval
    for each statement execute function refuse_change_of_record();

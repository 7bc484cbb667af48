-- The database itself refuses to change or remove what was filed and decided (H2: a Java trigger).
create trigger submission_version_immutable before update, delete on submission_version
    for each row call 'com.perftarget.version.RefuseChangeTrigger';
create trigger review_decision_immutable before update, delete on review_decision
    for each row call 'com.perftarget.version.RefuseChangeTrigger';
create trigger validation_finding_immutable before update, delete on validation_finding
    for each row call 'com.perftarget.version.RefuseChangeTrigger';
create trigger version_approval_immutable before update, delete on version_approval
    for each row call 'com.perftarget.version.RefuseChangeTrigger';
create trigger validation_run_immutable before update, delete on validation_run
    for each row call 'com.perftarget.version.RefuseChangeTrigger';

-- The latest validation of a submission is read at every form and every review: without this index each read scans
-- every run ever stored.
create index validation_run_submission on validation_run (submission_id, version_no);

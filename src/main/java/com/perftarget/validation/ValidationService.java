package com.perftarget.validation;

import java.time.Instant;
import java.util.List;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import com.perftarget.submission.SubmissionService;

/** Validates a submission's current table and keeps the findings of the latest run. */
@Service
@Transactional
public class ValidationService {

    private final SubmissionService submissions;
    private final TableRules rules;
    private final ValidationFindingRepository findings;

    public ValidationService(SubmissionService submissions, TableRules rules, ValidationFindingRepository findings) {
        this.submissions = submissions;
        this.rules = rules;
        this.findings = findings;
    }

    /** Runs the rules on the submission's table, replaces its stored findings, and returns them. */
    public List<Finding> validate(long submissionId) {
        List<Finding> found = rules.check(submissions.get(submissionId).table());
        findings.deleteBySubmissionId(submissionId);
        Instant now = Instant.now();
        findings.saveAll(found.stream().map(f -> new ValidationFinding(submissionId, f, now)).toList());
        return found;
    }

    @Transactional(readOnly = true)
    public List<Finding> latest(long submissionId) {
        return findings.findBySubmissionIdOrderById(submissionId).stream().map(ValidationFinding::toFinding).toList();
    }

    public static boolean blocks(List<Finding> found) {
        return found.stream().anyMatch(f -> f.severity() == Severity.ERROR);
    }
}

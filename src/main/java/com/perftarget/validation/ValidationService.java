package com.perftarget.validation;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import com.perftarget.submission.SubmissionService;
import com.perftarget.version.Version;
import com.perftarget.version.VersionService;

/** Validates the latest version of a submission and keeps the result with that version. */
@Service
@Transactional
public class ValidationService {

    private final SubmissionService submissions;
    private final VersionService versions;
    private final TableRules rules;
    private final ValidationFindingRepository findings;
    private final ValidationRunRepository runs;

    public ValidationService(SubmissionService submissions, VersionService versions, TableRules rules,
                             ValidationFindingRepository findings, ValidationRunRepository runs) {
        this.submissions = submissions;
        this.versions = versions;
        this.rules = rules;
        this.findings = findings;
        this.runs = runs;
    }

    /** Runs the rules on the latest version, stores the findings and the result with it, and returns the findings. */
    public List<Finding> validate(long submissionId) {
        submissions.get(submissionId);
        Version version = versions.latest(submissionId).orElseThrow(
                () -> new IllegalStateException("填报 " + submissionId + " 还没有提交过的版本可以校验"));
        List<Finding> found = rules.check(version.table());
        Instant now = Instant.now();
        found.forEach(f -> findings.save(new ValidationFinding(submissionId, version.version(), f, now)));
        runs.save(new ValidationRun(submissionId, version.version(), !blocks(found), count(found, Severity.ERROR),
                count(found, Severity.WARNING)));
        return found;
    }

    /** The findings of the latest validated version; empty before the first validation. */
    @Transactional(readOnly = true)
    public List<Finding> latest(long submissionId) {
        return runs.findFirstBySubmissionIdOrderByVersionNoDesc(submissionId)
                .map(run -> findings.findBySubmissionIdAndVersionNoOrderById(submissionId, run.getVersionNo())
                        .stream().map(ValidationFinding::toFinding).toList())
                .orElse(List.of());
    }

    /** The validation result of each validated version, by version number. */
    @Transactional(readOnly = true)
    public Map<Integer, ValidationRun> results(long submissionId) {
        return runs.findBySubmissionIdOrderByVersionNo(submissionId).stream()
                .collect(Collectors.toMap(ValidationRun::getVersionNo, Function.identity()));
    }

    public static boolean blocks(List<Finding> found) {
        return found.stream().anyMatch(f -> f.severity() == Severity.ERROR);
    }

    private static int count(List<Finding> found, Severity severity) {
        return (int) found.stream().filter(f -> f.severity() == severity).count();
    }
}

package com.perftarget.api;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestAttribute;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import com.fasterxml.jackson.annotation.JsonUnwrapped;

import com.perftarget.access.AccessPolicy;
import com.perftarget.access.Caller;
import com.perftarget.submission.SubmissionService;
import com.perftarget.table.TableDiff;
import com.perftarget.table.TargetTable;
import com.perftarget.validation.ValidationRun;
import com.perftarget.validation.ValidationService;
import com.perftarget.version.Version;
import com.perftarget.version.VersionApproval;
import com.perftarget.version.VersionService;

/** The stored versions of a submission and the differences between any two. */
@RestController
@RequestMapping("/api/submissions/{submissionId}")
public class VersionController {

    private final VersionService versions;
    private final SubmissionService submissions;
    private final ValidationService validation;
    private final AccessPolicy access;

    public VersionController(VersionService versions, SubmissionService submissions, ValidationService validation,
                             AccessPolicy access) {
        this.versions = versions;
        this.submissions = submissions;
        this.validation = validation;
        this.access = access;
    }

    @GetMapping("/versions")
    public List<VersionSummary> list(@PathVariable long submissionId,
                                     @RequestAttribute(ApiAuthenticationFilter.CALLER) Caller user) {
        access.requireRead(user, submissions.get(submissionId));
        Integer approved = versions.approval(submissionId).map(VersionApproval::getVersionNo).orElse(null);
        Map<Integer, ValidationRun> results = validation.results(submissionId);
        return versions.list(submissionId).stream().map(v -> new VersionSummary(v.version(), v.author(),
                v.createdAt(), v.contentSha256(), Integer.valueOf(v.version()).equals(approved),
                results.get(v.version()))).toList();
    }

    @GetMapping("/versions/{version}")
    public VersionContent get(@PathVariable long submissionId, @PathVariable int version,
                              @RequestAttribute(ApiAuthenticationFilter.CALLER) Caller user) {
        access.requireRead(user, submissions.get(submissionId));
        Version found = versions.get(submissionId, version);
        Integer approved = versions.approval(submissionId).map(VersionApproval::getVersionNo).orElse(null);
        return new VersionContent(submissionId, found.version(), found.author(), found.createdAt(),
                found.contentSha256(), Integer.valueOf(found.version()).equals(approved), found.table());
    }

    @GetMapping("/diff")
    public DiffView diff(@PathVariable long submissionId, @RequestParam int from, @RequestParam int to,
                         @RequestAttribute(ApiAuthenticationFilter.CALLER) Caller user) {
        access.requireRead(user, submissions.get(submissionId));
        TableDiff diff = versions.diff(submissionId, from, to);
        return new DiffView(diff.from(), diff.to(), diff.fields(), diff.indicators(), diff.describe());
    }

    public record VersionSummary(int version, String author, Instant createdAt, String contentSha256,
                                 boolean approved, ValidationRun validation) {
    }

    public record VersionContent(long submissionId, int version, String author, Instant createdAt,
                                 String contentSha256, boolean approved, @JsonUnwrapped TargetTable table) {
    }

    public record DiffView(int from, int to, List<TableDiff.FieldChange> fields, List<TableDiff.RowChange> indicators,
                           List<String> lines) {
    }
}

package com.perftarget.api;

import java.math.BigDecimal;
import java.util.List;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestAttribute;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import com.perftarget.access.AccessPolicy;
import com.perftarget.access.Caller;
import com.perftarget.submission.FundKind;
import com.perftarget.submission.Submission;
import com.perftarget.submission.SubmissionDetails;
import com.perftarget.submission.SubmissionService;
import com.perftarget.submission.SubmissionStatus;

/** Reads submissions: the list of a unit-year and one table, with the glossary's field names. */
@RestController
@RequestMapping("/api/submissions")
public class SubmissionController {

    private final SubmissionService submissions;
    private final AccessPolicy access;

    public SubmissionController(SubmissionService submissions, AccessPolicy access) {
        this.submissions = submissions;
        this.access = access;
    }

    @GetMapping
    public List<SubmissionSummary> list(@RequestParam String unitCode, @RequestParam int year,
                                        @RequestAttribute(ApiAuthenticationFilter.CALLER) Caller user) {
        return access.visible(user, unitCode, submissions.list(unitCode, year)).stream()
                .map(SubmissionSummary::of).toList();
    }

    @GetMapping("/{submissionId}")
    public SubmissionDetails get(@PathVariable long submissionId, @RequestAttribute(ApiAuthenticationFilter.CALLER) Caller user) {
        access.requireRead(user, submissions.get(submissionId));
        return submissions.details(submissionId);
    }

    public record SubmissionSummary(Long submissionId, String businessKey, String projectName, String leader,
                                    BigDecimal yearAmount, FundKind fundKind, SubmissionStatus status,
                                    String statusLabel, String stage, String stageLabel) {
        static SubmissionSummary of(Submission s) {
            return new SubmissionSummary(s.getId(), s.getBusinessKey(), s.getProjectName(), s.getLeader(),
                    s.getYearAmount(), s.getFundKind(), s.getStatus(), s.getStatus().label(), s.getStage().code(),
                    s.getStage().label());
        }
    }
}

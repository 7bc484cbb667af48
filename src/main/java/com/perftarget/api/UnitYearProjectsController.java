package com.perftarget.api;

import java.util.List;

import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestAttribute;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

import com.perftarget.access.AccessPolicy;
import com.perftarget.access.Caller;
import com.perftarget.onboarding.NewProject;
import com.perftarget.onboarding.OnboardingService;
import com.perftarget.submission.SubmissionDetails;
import com.perftarget.submission.SubmissionService;

/** A unit's finance adds projects to a budget year, carries last year's over, or withdraws one. */
@RestController
public class UnitYearProjectsController {

    /** Why a project is withdrawn. */
    public record WithdrawRequest(String reason) {
    }

    /** Which of last year's projects to carry over; none named: all of them. */
    public record CarryOverRequest(List<String> businessKeys) {
    }

    private final OnboardingService onboarding;
    private final SubmissionService submissions;
    private final AccessPolicy access;

    public UnitYearProjectsController(OnboardingService onboarding, SubmissionService submissions, AccessPolicy access) {
        this.onboarding = onboarding;
        this.submissions = submissions;
        this.access = access;
    }

    /** A new project waiting at 填报 for its leader. */
    @PostMapping("/api/rounds/{year}/units/{unitCode}/projects")
    public ResponseEntity<SubmissionDetails> add(@PathVariable int year, @PathVariable String unitCode,
                                                 @RequestBody NewProject project,
                                                 @RequestAttribute(ApiAuthenticationFilter.CALLER) Caller user) {
        access.requireUnitFinance(user, unitCode);
        return ResponseEntity.status(HttpStatus.CREATED)
                .body(submissions.details(onboarding.openProject(unitCode, year, project).getId()));
    }

    /** Withdraws a project before the bureau approved it; the reason stays in its history. */
    @PostMapping("/api/submissions/{submissionId}/withdraw")
    public SubmissionDetails withdraw(@PathVariable long submissionId, @RequestBody WithdrawRequest request,
                                      @RequestAttribute(ApiAuthenticationFilter.CALLER) Caller user) {
        access.requireUnitFinance(user, submissions.get(submissionId).getUnitCode());
        onboarding.withdraw(submissionId, user.id(), request.reason());
        return submissions.details(submissionId);
    }

    @PostMapping("/api/rounds/{year}/units/{unitCode}/carry-over")
    public ResponseEntity<List<SubmissionDetails>> carryOver(
            @PathVariable int year, @PathVariable String unitCode,
            @RequestBody(required = false) CarryOverRequest request,
            @RequestAttribute(ApiAuthenticationFilter.CALLER) Caller user) {
        access.requireUnitFinance(user, unitCode);
        List<SubmissionDetails> carried = onboarding.carryOver(unitCode, year,
                request == null ? List.of() : request.businessKeys()).stream()
                .map(s -> submissions.details(s.getId())).toList();
        return ResponseEntity.status(HttpStatus.CREATED).body(carried);
    }
}

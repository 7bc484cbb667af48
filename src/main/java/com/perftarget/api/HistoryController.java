package com.perftarget.api;

import java.util.List;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestAttribute;
import org.springframework.web.bind.annotation.RestController;

import com.perftarget.access.AccessPolicy;
import com.perftarget.access.Caller;
import com.perftarget.history.HistoryEntry;
import com.perftarget.history.SubmissionHistory;
import com.perftarget.submission.SubmissionService;

@RestController
public class HistoryController {

    private final SubmissionHistory history;
    private final SubmissionService submissions;
    private final AccessPolicy access;

    public HistoryController(SubmissionHistory history, SubmissionService submissions, AccessPolicy access) {
        this.history = history;
        this.submissions = submissions;
        this.access = access;
    }

    /** Every version filed, every decision taken and every other operation on the approval, oldest first. */
    @GetMapping("/api/submissions/{submissionId}/history")
    public List<HistoryEntry> history(@PathVariable long submissionId,
                                      @RequestAttribute(ApiAuthenticationFilter.CALLER) Caller user) {
        access.requireRead(user, submissions.get(submissionId));
        return history.of(submissionId);
    }
}

package com.perftarget.history;

import java.util.List;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

@RestController
public class HistoryController {

    private final SubmissionHistory history;

    public HistoryController(SubmissionHistory history) {
        this.history = history;
    }

    /** Every version filed and every decision taken, oldest first. */
    @GetMapping("/api/submissions/{submissionId}/history")
    public List<HistoryEntry> history(@PathVariable long submissionId) {
        return history.of(submissionId);
    }
}

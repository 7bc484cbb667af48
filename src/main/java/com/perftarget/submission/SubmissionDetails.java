package com.perftarget.submission;

import com.fasterxml.jackson.annotation.JsonUnwrapped;

import com.perftarget.table.TargetTable;

/** A submission with its whole current table, as the API returns it. */
public record SubmissionDetails(Long submissionId, String businessKey, int year, FundKind fundKind,
                                SubmissionStatus status, String stage, @JsonUnwrapped TargetTable table) {

    static SubmissionDetails of(Submission s) {
        return new SubmissionDetails(s.getId(), s.getBusinessKey(), s.getYear(), s.getFundKind(), s.getStatus(),
                s.getStage().code(), s.table());
    }
}

package com.perftarget.onboarding;

import com.perftarget.submission.Submission;

/** Starts the approval workflow of a submission just opened, or ends it for one withdrawn. Implemented by the engine edge. */
public interface ApprovalLauncher {

    /** Starts it and answers the workflow instance's id. */
    String start(Submission submission);

    /** Ends the submission's running approval, with the reason for the engine's history. */
    void withdraw(Submission submission, String reason);
}

package com.perftarget.onboarding;

import com.perftarget.submission.Submission;

/** Starts the approval workflow of a submission just opened. Implemented by the engine edge. */
public interface ApprovalLauncher {

    /** Starts it and answers the workflow instance's id. */
    String start(Submission submission);
}

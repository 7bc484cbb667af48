package com.perftarget.process.approval;

/** Someone other than the task's assignee tried to complete it. */
public class NotYourTaskException extends RuntimeException {

    public NotYourTaskException(String message) {
        super(message);
    }
}

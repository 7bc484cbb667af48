package com.perftarget.process;

/** Someone other than the task's assignee tried to complete it. */
public class NotYourTaskException extends RuntimeException {

    public NotYourTaskException(String message) {
        super(message);
    }
}

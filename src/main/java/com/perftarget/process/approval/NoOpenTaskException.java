package com.perftarget.process.approval;

/** The caller has no open task for the action they asked for (answered with 409). */
public class NoOpenTaskException extends RuntimeException {

    public NoOpenTaskException(String message) {
        super(message);
    }
}

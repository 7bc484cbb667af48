package com.perftarget.review;

/** A review that the four-eyes principle forbids: nobody approves their own work. */
public class FourEyesViolationException extends RuntimeException {

    public FourEyesViolationException(String message) {
        super(message);
    }
}

package com.perftarget.round;

/** A step of a unit's round asked for at the wrong time (批复 before the cross-check passed, …). */
public class RoundStateException extends RuntimeException {

    public RoundStateException(String message) {
        super(message);
    }
}

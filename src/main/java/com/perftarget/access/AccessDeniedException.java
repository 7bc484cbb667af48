package com.perftarget.access;

/** The caller may not see or do this (answered with 403). */
public class AccessDeniedException extends RuntimeException {

    public AccessDeniedException(String message) {
        super(message);
    }
}

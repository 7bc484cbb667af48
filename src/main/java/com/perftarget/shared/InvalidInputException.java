package com.perftarget.shared;

import java.util.List;
import java.util.stream.Collectors;

/** Input (a filed table, a review) that cannot be accepted; nothing of it has been saved. */
public class InvalidInputException extends RuntimeException {

    private final transient List<FieldError> errors;

    public InvalidInputException(List<FieldError> errors) {
        super(errors.stream().map(FieldError::message).collect(Collectors.joining("；")));
        this.errors = List.copyOf(errors);
    }

    public List<FieldError> errors() {
        return errors;
    }
}

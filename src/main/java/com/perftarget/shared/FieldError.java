package com.perftarget.shared;

/** One bad input: the glossary field name (e.g. {@code totalAmount} or {@code indicators[2].target}) and a Chinese message. */
public record FieldError(String field, String message) {
}

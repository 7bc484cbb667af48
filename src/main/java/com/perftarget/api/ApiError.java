package com.perftarget.api;

import java.util.List;

import com.perftarget.shared.FieldError;

/** The JSON body of every API error: a Chinese message and, for bad input, each bad field. */
public record ApiError(String error, List<FieldError> fieldErrors) {

    public static ApiError of(String error) {
        return new ApiError(error, List.of());
    }
}

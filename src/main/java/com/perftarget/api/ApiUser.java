package com.perftarget.api;

import java.util.List;

/** The caller of {@code /api/**}, authenticated by HTTP Basic against the engine's identity store. */
public record ApiUser(String id, List<String> groups) {

    /** The request attribute under which {@link ApiAuthenticationFilter} leaves the caller. */
    public static final String ATTRIBUTE = "com.perftarget.api.ApiUser";
}

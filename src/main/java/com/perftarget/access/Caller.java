package com.perftarget.access;

import java.util.List;

/** Who is asking: a login and the groups it belongs to, as authenticated by the edge that received the request. */
public record Caller(String id, List<String> groups) {
}

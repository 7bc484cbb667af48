package com.perftarget.support;

/** A form's Markdown text as a person reads it: backslash escapes gone, hard line breaks as line breaks. */
public final class FormTexts {

    private FormTexts() {
    }

    public static String asRead(Object markdown) {
        return markdown == null ? null
                : markdown.toString().replaceAll("\\\\(\\p{Punct})", "$1").replace("  \n", "\n");
    }
}

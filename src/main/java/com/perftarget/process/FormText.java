package com.perftarget.process;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;

/**
 * The Markdown that Tasklist's form-js renders in a form's text views. What people typed (opinions, names, 目标值,
 * changed values) is shown as typed: every ASCII punctuation character is backslash-escaped, so no heading, link,
 * emphasis or HTML can come out of it. And a whole text fits the engine's String variable
 * ({@value FormSubmissionGuard#MAX_STRING_LENGTH} characters): lists drop what does not fit and say how much.
 */
public final class FormText {

    public static final int MAX_LENGTH = FormSubmissionGuard.MAX_STRING_LENGTH;
    private static final String ASCII_PUNCTUATION = "!\"#$%&'()*+,-./:;<=>?@[\\]^_`{|}~";
    private static final String CUT = "……";

    private FormText() {
    }

    /** User text as literal Markdown; lines keep their breaks, leading blanks go (they would make a code block). */
    public static String literal(String text) {
        if (text == null) {
            return "";
        }
        StringBuilder out = new StringBuilder(text.length() + 16);
        boolean lineStart = true;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\r') {
                continue;
            }
            if (c == '\n') {
                out.append("  \n");
                lineStart = true;
                continue;
            }
            if (lineStart && Character.isWhitespace(c)) {
                continue;
            }
            lineStart = false;
            if (ASCII_PUNCTUATION.indexOf(c) >= 0) {
                out.append('\\');
            }
            out.append(c);
        }
        return out.toString();
    }

    /** The first {@code max} characters of user text, marked where cut; {@code null} stays {@code null}. */
    public static String abbreviated(String text, int max) {
        if (text == null || text.length() <= max) {
            return text;
        }
        return text.substring(0, max) + CUT;
    }

    /**
     * A heading over a bulleted list of literal lines, within {@link #MAX_LENGTH}. When not all fit, the first
     * lines are kept ({@code keepNewest} false) or the last ones, and a line says how many were left out.
     */
    public static String list(String heading, List<String> lines, boolean keepNewest) {
        Deque<String> shown = new ArrayDeque<>();
        int budget = MAX_LENGTH - heading.length() - 80;
        int used = 0;
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(keepNewest ? lines.size() - 1 - i : i);
            String bullet = "- " + fit(literal(line), budget / 2);
            if (used + bullet.length() + 1 > budget) {
                break;
            }
            used += bullet.length() + 1;
            if (keepNewest) {
                shown.addFirst(bullet);
            } else {
                shown.addLast(bullet);
            }
        }
        int omitted = lines.size() - shown.size();
        StringBuilder text = new StringBuilder(heading).append("\n\n");
        if (omitted > 0 && keepNewest) {
            text.append("- （更早的 ").append(omitted).append(" 条从略）\n");
        }
        text.append(String.join("\n", shown));
        if (omitted > 0 && !keepNewest) {
            text.append("\n- （另有 ").append(omitted).append(" 条从略）");
        }
        return text.toString();
    }

    /** Markdown cut to {@code max} characters without splitting an escape. */
    public static String fit(String markdown, int max) {
        if (markdown.length() <= max) {
            return markdown;
        }
        int end = max - CUT.length();
        // An odd run of backslashes before the cut would escape the mark after it.
        int backslashes = 0;
        while (end - 1 - backslashes >= 0 && markdown.charAt(end - 1 - backslashes) == '\\') {
            backslashes++;
        }
        return markdown.substring(0, backslashes % 2 == 1 ? end - 1 : end) + CUT;
    }
}

package com.perftarget.shared;

/** Characters nobody types and PostgreSQL cannot store (NUL) or nobody can see: refused in every text field. */
public final class ControlCharacters {

    private ControlCharacters() {
    }

    /** Whether {@code text} holds a control character other than tab and line breaks. */
    public static boolean in(String text) {
        if (text == null) {
            return false;
        }
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if ((c < 0x20 && c != '\t' && c != '\n' && c != '\r') || (c >= 0x7f && c <= 0x9f)) {
                return true;
            }
        }
        return false;
    }

    /** The message for a field that holds one. */
    public static String message(String label) {
        return label + "含有不可见的控制字符，请删除后再提交";
    }
}

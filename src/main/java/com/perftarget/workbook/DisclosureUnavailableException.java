package com.perftarget.workbook;

/** A format this installation cannot produce (a PDF without a CJK font to embed). */
public class DisclosureUnavailableException extends RuntimeException {

    DisclosureUnavailableException(String message) {
        super(message);
    }
}

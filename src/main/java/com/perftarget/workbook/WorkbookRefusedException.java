package com.perftarget.workbook;

import org.springframework.util.unit.DataSize;

/** An uploaded file that is not read at all (wrong format, too large, unsafe), with the reason in Chinese. */
public class WorkbookRefusedException extends RuntimeException {

    private final boolean tooLarge;

    WorkbookRefusedException(String message) {
        this(message, false);
    }

    private WorkbookRefusedException(String message, boolean tooLarge) {
        super(message);
        this.tooLarge = tooLarge;
    }

    public static WorkbookRefusedException tooLarge(DataSize limit) {
        return new WorkbookRefusedException("文件超过允许的大小（" + limit.toMegabytes() + " MB）", true);
    }

    /** Whether the file was refused for its size alone (HTTP 413). */
    public boolean tooLarge() {
        return tooLarge;
    }
}

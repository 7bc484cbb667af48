package com.perftarget.workbook;

/** A problem of an imported workbook, where it stands: {@code cell} as {@code 表!D14}, the message naming it first. */
public record WorkbookProblem(String cell, String message) {

    static WorkbookProblem at(String cell, String why) {
        return new WorkbookProblem(cell, cell + "：" + why);
    }
}

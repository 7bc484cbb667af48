package com.perftarget.validation;

public class NoBudgetFiguresException extends RuntimeException {

    public NoBudgetFiguresException(String unitCode, int year) {
        super("没有 " + unitCode + " 单位 " + year + " 年的预算数据");
    }
}

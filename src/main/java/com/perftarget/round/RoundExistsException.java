package com.perftarget.round;

/** The budget year has its round already. */
public class RoundExistsException extends RuntimeException {

    public RoundExistsException(int year) {
        super(year + " 年度的预算轮次已经开启，不能重复开启");
    }
}

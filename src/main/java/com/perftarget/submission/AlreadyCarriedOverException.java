package com.perftarget.submission;

import java.util.List;

/** Projects that were carried over into the year before: each may be carried over once. */
public class AlreadyCarriedOverException extends RuntimeException {

    public AlreadyCarriedOverException(List<String> projects) {
        super("以下项目已经结转过，不能重复结转：" + String.join("、", projects));
    }
}

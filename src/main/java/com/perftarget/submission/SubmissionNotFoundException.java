package com.perftarget.submission;

public class SubmissionNotFoundException extends RuntimeException {

    public SubmissionNotFoundException(Object idOrKey) {
        super("没有找到绩效目标表填报：" + idOrKey);
    }
}

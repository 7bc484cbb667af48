package com.perftarget.validation;

import java.util.Set;

public class UnknownProfileException extends RuntimeException {

    public UnknownProfileException(String profile, Set<String> known) {
        super("没有校验规则集「" + profile + "」，可用的有：" + String.join("、", known));
    }
}

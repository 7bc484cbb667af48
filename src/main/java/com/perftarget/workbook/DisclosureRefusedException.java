package com.perftarget.workbook;

import java.util.List;

/** The document is not generated: a project is not approved, or the sums disagree with the budget figures. */
public class DisclosureRefusedException extends RuntimeException {

    private final transient List<String> findings;

    DisclosureRefusedException(List<String> findings) {
        super("预算公开文件暂不能生成：" + String.join("；", findings));
        this.findings = List.copyOf(findings);
    }

    public List<String> findings() {
        return findings;
    }
}

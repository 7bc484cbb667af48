package com.perftarget.submission;

/** A change meant for the 填报 stage, made when the table is in review or approved. */
public class NotBeingFilledException extends RuntimeException {

    public NotBeingFilledException(String projectName) {
        super("「" + projectName + "」不在填报阶段（已报送审核或已批准），不能再导入修改");
    }
}

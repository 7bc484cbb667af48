package com.perftarget.version;

public class VersionNotFoundException extends RuntimeException {

    public VersionNotFoundException(long submissionId, int versionNo) {
        super("填报 " + submissionId + " 没有第 " + versionNo + " 版");
    }
}

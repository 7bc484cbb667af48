package com.perftarget.version;

import java.time.Instant;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.hibernate.annotations.Immutable;

/** 已批准: which version of a submission was finally approved, by whom and when. Written once. */
@Entity
@Immutable
@Table(name = "version_approval")
public class VersionApproval {

    @Id
    private Long submissionId;
    private int versionNo;
    private String approvedBy;
    private Instant approvedAt;

    protected VersionApproval() {
    }

    VersionApproval(Long submissionId, int versionNo, String approvedBy) {
        this.submissionId = submissionId;
        this.versionNo = versionNo;
        this.approvedBy = approvedBy;
        this.approvedAt = Instant.now();
    }

    public int getVersionNo() {
        return versionNo;
    }

    public String getApprovedBy() {
        return approvedBy;
    }

    public Instant getApprovedAt() {
        return approvedAt;
    }
}

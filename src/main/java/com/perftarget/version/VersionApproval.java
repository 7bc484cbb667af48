package com.perftarget.version;

import java.time.Instant;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Transient;

import org.hibernate.annotations.Immutable;
import org.springframework.data.domain.Persistable;

/** 已批准: which version of a submission was finally approved, by whom and when. Written once. */
@Entity
@Immutable
@Table(name = "version_approval")
public class VersionApproval implements Persistable<Long> {

    @Id
    private Long submissionId;
    private int versionNo;
    private String approvedBy;
    private Instant approvedAt;
    /** Written once: a new one is inserted as it is, without Spring Data first looking for one with its id. */
    @Transient
    private boolean isNew;

    protected VersionApproval() {
    }

    VersionApproval(Long submissionId, int versionNo, String approvedBy) {
        this.submissionId = submissionId;
        this.versionNo = versionNo;
        this.approvedBy = approvedBy;
        this.approvedAt = Instant.now();
        this.isNew = true;
    }

    @Override
    public Long getId() {
        return submissionId;
    }

    @Override
    public boolean isNew() {
        return isNew;
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

package com.perftarget.review;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.hibernate.annotations.Immutable;

/** One reviewer's 通过/退回 with the 审核意见 on one version, as decided. Written once. */
@Entity
@Immutable
@Table(name = "review_decision")
public class ReviewDecision {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private Long submissionId;
    private Integer versionNo;
    @Enumerated(EnumType.STRING)
    @Column(name = "review_level")
    private ReviewLevel level;
    private String reviewer;
    @Enumerated(EnumType.STRING)
    private Decision decision;
    private String opinion;
    private Instant decidedAt;

    protected ReviewDecision() {
    }

    ReviewDecision(Long submissionId, int versionNo, ReviewLevel level, String reviewer, Decision decision,
                   String opinion) {
        this.submissionId = submissionId;
        this.versionNo = versionNo;
        this.level = level;
        this.reviewer = reviewer;
        this.decision = decision;
        this.opinion = opinion;
        this.decidedAt = Instant.now();
    }

    public Long getId() {
        return id;
    }

    public Long getSubmissionId() {
        return submissionId;
    }

    /** The version decided on. */
    public Integer getVersionNo() {
        return versionNo;
    }

    public ReviewLevel getLevel() {
        return level;
    }

    public String getReviewer() {
        return reviewer;
    }

    public Decision getDecision() {
        return decision;
    }

    public String getOpinion() {
        return opinion;
    }

    public Instant getDecidedAt() {
        return decidedAt;
    }
}

package com.perftarget.version;

import java.time.Instant;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.hibernate.annotations.Immutable;

/** 版本: the table exactly as one completed 填报 filed it. Written once; the database refuses changes. */
@Entity
@Immutable
@Table(name = "submission_version")
public class SubmissionVersion {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private Long submissionId;
    private int versionNo;
    /** The table as JSON with the glossary's field names. */
    private String content;
    private String contentSha256;
    private String author;
    private Instant createdAt;

    protected SubmissionVersion() {
    }

    SubmissionVersion(Long submissionId, int versionNo, String content, String contentSha256, String author) {
        this.submissionId = submissionId;
        this.versionNo = versionNo;
        this.content = content;
        this.contentSha256 = contentSha256;
        this.author = author;
        this.createdAt = Instant.now();
    }

    public Long getSubmissionId() {
        return submissionId;
    }

    public int getVersionNo() {
        return versionNo;
    }

    String getContent() {
        return content;
    }

    public String getContentSha256() {
        return contentSha256;
    }

    public String getAuthor() {
        return author;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }
}

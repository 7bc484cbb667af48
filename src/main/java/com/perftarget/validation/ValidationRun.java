package com.perftarget.validation;

import java.time.Instant;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.hibernate.annotations.Immutable;

/** The validation result of one version: passed or not, how many errors and warnings. Written once. */
@Entity
@Immutable
@Table(name = "validation_run")
public class ValidationRun {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private Long submissionId;
    private int versionNo;
    private boolean passed;
    private int errorCount;
    private int warningCount;
    private Instant validatedAt;

    protected ValidationRun() {
    }

    ValidationRun(Long submissionId, int versionNo, boolean passed, int errorCount, int warningCount) {
        this.submissionId = submissionId;
        this.versionNo = versionNo;
        this.passed = passed;
        this.errorCount = errorCount;
        this.warningCount = warningCount;
        this.validatedAt = Instant.now();
    }

    public int getVersionNo() {
        return versionNo;
    }

    public boolean isPassed() {
        return passed;
    }

    public int getErrorCount() {
        return errorCount;
    }

    public int getWarningCount() {
        return warningCount;
    }

    public Instant getValidatedAt() {
        return validatedAt;
    }
}

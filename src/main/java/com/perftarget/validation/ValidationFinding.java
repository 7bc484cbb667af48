package com.perftarget.validation;

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

/** A finding of the validation of one version, as stored. Written once. */
@Entity
@Immutable
@Table(name = "validation_finding")
public class ValidationFinding {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private Long submissionId;
    private Integer versionNo;
    private String ruleId;
    @Enumerated(EnumType.STRING)
    private Severity severity;
    private String field;
    @Column(name = "row_no")
    private Integer row;
    private String offending;
    private String message;
    private Instant foundAt;

    protected ValidationFinding() {
    }

    ValidationFinding(Long submissionId, int versionNo, Finding finding, Instant foundAt) {
        this.submissionId = submissionId;
        this.versionNo = versionNo;
        this.ruleId = finding.ruleId();
        this.severity = finding.severity();
        this.field = finding.field();
        this.row = finding.row();
        this.offending = finding.value() == null || finding.value().length() <= 500
                ? finding.value() : finding.value().substring(0, 500);
        this.message = finding.message();
        this.foundAt = foundAt;
    }

    Finding toFinding() {
        return new Finding(ruleId, severity, field, row, offending, message);
    }
}

package com.perftarget.round;

import java.time.Instant;
import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** One extension of a unit's deadline: from when to when, why, by whom. Never changed once written. */
@Entity
@Table(name = "round_extension")
public class RoundExtension {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Column(name = "budget_year")
    private int year;
    private String unitCode;
    private LocalDate previousDeadline;
    private LocalDate newDeadline;
    private String reason;
    private String extendedBy;
    private Instant extendedAt;

    protected RoundExtension() {
    }

    RoundExtension(int year, String unitCode, LocalDate previousDeadline, LocalDate newDeadline, String reason,
                   String extendedBy, Instant extendedAt) {
        this.year = year;
        this.unitCode = unitCode;
        this.previousDeadline = previousDeadline;
        this.newDeadline = newDeadline;
        this.reason = reason;
        this.extendedBy = extendedBy;
        this.extendedAt = extendedAt;
    }

    public LocalDate getPreviousDeadline() {
        return previousDeadline;
    }

    public LocalDate getNewDeadline() {
        return newDeadline;
    }

    public String getReason() {
        return reason;
    }

    public String getExtendedBy() {
        return extendedBy;
    }
}

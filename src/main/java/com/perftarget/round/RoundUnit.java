package com.perftarget.round;

import java.io.Serializable;
import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;

/** One unit in a round: its deadline (an extension moves it), its cross-check, its 批复 and its 公开. */
@Entity
@Table(name = "round_unit")
@IdClass(RoundUnit.Key.class)
public class RoundUnit {

    /** The unit cross-check when its projects were all approved: not run yet, passed, or found a mismatch. */
    public enum CrossCheck {
        PASSED("通过"), MISMATCH("不一致");

        private final String label;

        CrossCheck(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }

    @Id
    @Column(name = "budget_year")
    private int year;
    @Id
    private String unitCode;
    private LocalDate unitDeadline;
    @Enumerated(EnumType.STRING)
    private CrossCheck crossCheck;
    private LocalDate approvedOn;
    private String approvedBy;
    private LocalDate publishedOn;

    protected RoundUnit() {
    }

    RoundUnit(int year, String unitCode, LocalDate unitDeadline) {
        this.year = year;
        this.unitCode = unitCode;
        this.unitDeadline = unitDeadline;
    }

    public int getYear() {
        return year;
    }

    public String getUnitCode() {
        return unitCode;
    }

    public LocalDate getUnitDeadline() {
        return unitDeadline;
    }

    public CrossCheck getCrossCheck() {
        return crossCheck;
    }

    public LocalDate getApprovedOn() {
        return approvedOn;
    }

    public String getApprovedBy() {
        return approvedBy;
    }

    public LocalDate getPublishedOn() {
        return publishedOn;
    }

    void extendTo(LocalDate deadline) {
        this.unitDeadline = deadline;
    }

    void checked(CrossCheck outcome) {
        this.crossCheck = outcome;
    }

    void approved(LocalDate on, String by) {
        this.approvedOn = on;
        this.approvedBy = by;
    }

    void published(LocalDate on) {
        this.publishedOn = on;
    }

    public record Key(int year, String unitCode) implements Serializable {
        public Key() {
            this(0, null);
        }
    }
}

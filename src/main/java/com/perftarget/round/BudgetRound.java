package com.perftarget.round;

import java.time.Instant;
import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** The round of one budget year: its rule profile and its deadlines, as the finance bureau opened it. */
@Entity
@Table(name = "budget_round")
public class BudgetRound {

    @Id
    @Column(name = "budget_year")
    private int year;
    private String profile;
    private LocalDate unitDeadline;
    private LocalDate bureauDeadline;
    private String openedBy;
    private Instant openedAt;

    protected BudgetRound() {
    }

    BudgetRound(int year, String profile, LocalDate unitDeadline, LocalDate bureauDeadline, String openedBy,
                Instant openedAt) {
        this.year = year;
        this.profile = profile;
        this.unitDeadline = unitDeadline;
        this.bureauDeadline = bureauDeadline;
        this.openedBy = openedBy;
        this.openedAt = openedAt;
    }

    public int getYear() {
        return year;
    }

    public String getProfile() {
        return profile;
    }

    public LocalDate getUnitDeadline() {
        return unitDeadline;
    }

    public LocalDate getBureauDeadline() {
        return bureauDeadline;
    }

    public String getOpenedBy() {
        return openedBy;
    }

    public Instant getOpenedAt() {
        return openedAt;
    }
}

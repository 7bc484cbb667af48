package com.perftarget.unit;

import java.io.Serializable;
import java.math.BigDecimal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;

/**
 * A unit's budget figures for one year, from its budget tables: 项目支出 of 一般公共预算 and its split into 一般性项目
 * and 专项资金; and the validation profile of that unit-year.
 */
@Entity
@Table(name = "unit_budget")
@IdClass(UnitBudget.Key.class)
public class UnitBudget {

    @Id
    private String unitCode;
    @Id
    @Column(name = "budget_year")
    private int year;
    private String profile;
    private BigDecimal projectExpenditure;
    private BigDecimal generalProjects;
    private BigDecimal specialFunds;

    protected UnitBudget() {
    }

    public UnitBudget(String unitCode, int year, String profile, BigDecimal projectExpenditure,
                      BigDecimal generalProjects, BigDecimal specialFunds) {
        this.unitCode = unitCode;
        this.year = year;
        this.profile = profile;
        this.projectExpenditure = projectExpenditure;
        this.generalProjects = generalProjects;
        this.specialFunds = specialFunds;
    }

    /** A unit-year whose profile the round fixed before its 单位财务 entered the figures. */
    public static UnitBudget profileOnly(String unitCode, int year, String profile) {
        return new UnitBudget(unitCode, year, profile, null, null, null);
    }

    public boolean hasFigures() {
        return projectExpenditure != null && generalProjects != null && specialFunds != null;
    }

    /** 项目支出 is 一般性项目 + 专项资金. */
    public void recordFigures(BigDecimal general, BigDecimal special) {
        this.generalProjects = general;
        this.specialFunds = special;
        this.projectExpenditure = general.add(special);
    }

    public void useProfile(String newProfile) {
        this.profile = newProfile;
    }

    public String getUnitCode() {
        return unitCode;
    }

    public int getYear() {
        return year;
    }

    public String getProfile() {
        return profile;
    }

    public BigDecimal getProjectExpenditure() {
        return projectExpenditure;
    }

    public BigDecimal getGeneralProjects() {
        return generalProjects;
    }

    public BigDecimal getSpecialFunds() {
        return specialFunds;
    }

    public record Key(String unitCode, int year) implements Serializable {
        public Key() {
            this(null, 0);
        }
    }
}

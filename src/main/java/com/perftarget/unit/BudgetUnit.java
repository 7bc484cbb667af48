package com.perftarget.unit;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** 预算单位: a budget unit that files performance-target tables. */
@Entity
@Table(name = "budget_unit")
public class BudgetUnit {

    @Id
    private String code;
    private String name;

    protected BudgetUnit() {
    }

    public BudgetUnit(String code, String name) {
        this.code = code;
        this.name = name;
    }

    public String getCode() {
        return code;
    }

    public String getName() {
        return name;
    }
}

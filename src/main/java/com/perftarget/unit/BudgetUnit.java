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
    /** 主管部门: the code of the department the unit reports to, if any. */
    private String parentCode;
    /** 规则集: the rule profile its tables are validated under. */
    private String profile;

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

    public String getParentCode() {
        return parentCode;
    }

    public String getProfile() {
        return profile;
    }

    /** Name, 主管部门 and profile as registered last; {@code null} leaves a value as it is. */
    public void update(String newName, String newParentCode, String newProfile) {
        name = newName == null ? name : newName;
        parentCode = newParentCode == null ? parentCode : newParentCode;
        profile = newProfile == null ? profile : newProfile;
    }
}

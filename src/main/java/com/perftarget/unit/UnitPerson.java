package com.perftarget.unit;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A person of a budget unit as the bureau registered them: login, Chinese name, role and phone. */
@Entity
@Table(name = "unit_person")
public class UnitPerson {

    /** What a person does in their unit. */
    public enum Role {
        LEADER("项目负责人"),
        FINANCE("单位财务");

        private final String label;

        Role(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }

    @Id
    private String login;
    private String unitCode;
    private String name;
    @Enumerated(EnumType.STRING)
    private Role role;
    private String phone;

    protected UnitPerson() {
    }

    public UnitPerson(String login, String unitCode, String name, Role role, String phone) {
        this.login = login;
        this.unitCode = unitCode;
        this.name = name;
        this.role = role;
        this.phone = phone;
    }

    public String getLogin() {
        return login;
    }

    public String getUnitCode() {
        return unitCode;
    }

    public String getName() {
        return name;
    }

    public Role getRole() {
        return role;
    }

    public String getPhone() {
        return phone;
    }

    /** Name and phone as registered last. */
    public void update(String newName, String newPhone) {
        name = newName;
        phone = newPhone;
    }
}

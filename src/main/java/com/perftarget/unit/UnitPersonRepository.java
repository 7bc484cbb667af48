package com.perftarget.unit;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface UnitPersonRepository extends JpaRepository<UnitPerson, String> {

    List<UnitPerson> findByUnitCodeOrderByLogin(String unitCode);

    /** Which roles each unit has people in, one row per unit and role. */
    @Query("select distinct p.unitCode as unitCode, p.role as role from UnitPerson p")
    List<UnitRole> unitRoles();

    interface UnitRole {
        String getUnitCode();

        UnitPerson.Role getRole();
    }
}

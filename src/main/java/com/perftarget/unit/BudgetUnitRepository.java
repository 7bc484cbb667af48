package com.perftarget.unit;

import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

public interface BudgetUnitRepository extends JpaRepository<BudgetUnit, String> {

    /**
     * The rule profile of a unit-year, in one query: the one stored with its budget figures, else the one the unit was
     * registered with; empty when neither names one.
     */
    @Query("select coalesce(b.profile, u.profile) from BudgetUnit u left join UnitBudget b "
            + "on b.unitCode = u.code and b.year = :year where u.code = :unitCode")
    Optional<String> findProfile(@Param("unitCode") String unitCode, @Param("year") int year);
}

package com.perftarget.unit;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

public interface UnitBudgetRepository extends JpaRepository<UnitBudget, UnitBudget.Key> {

    List<UnitBudget> findByYear(int year);
}

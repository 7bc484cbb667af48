package com.perftarget.unit;

import org.springframework.data.jpa.repository.JpaRepository;

public interface UnitBudgetRepository extends JpaRepository<UnitBudget, UnitBudget.Key> {
}

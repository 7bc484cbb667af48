package com.perftarget.unit;

import org.springframework.data.jpa.repository.JpaRepository;

public interface BudgetUnitRepository extends JpaRepository<BudgetUnit, String> {
}

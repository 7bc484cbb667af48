package com.perftarget.round;

import org.springframework.data.jpa.repository.JpaRepository;

public interface BudgetRoundRepository extends JpaRepository<BudgetRound, Integer> {
}

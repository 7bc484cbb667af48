package com.perftarget.round;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

public interface RoundUnitRepository extends JpaRepository<RoundUnit, RoundUnit.Key> {

    List<RoundUnit> findByYearOrderByUnitCode(int year);
}

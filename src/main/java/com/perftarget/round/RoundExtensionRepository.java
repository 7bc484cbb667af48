package com.perftarget.round;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

public interface RoundExtensionRepository extends JpaRepository<RoundExtension, Long> {

    List<RoundExtension> findByYearAndUnitCodeOrderById(int year, String unitCode);
}

package com.perftarget.unit;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

public interface UnitPersonRepository extends JpaRepository<UnitPerson, String> {

    List<UnitPerson> findByUnitCodeOrderByLogin(String unitCode);
}

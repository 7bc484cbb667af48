package com.perftarget.submission;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

public interface SubmissionRepository extends JpaRepository<Submission, Long> {

    List<Submission> findByUnitCodeAndYearOrderBySequenceNo(String unitCode, int year);

    Optional<Submission> findByBusinessKey(String businessKey);
}

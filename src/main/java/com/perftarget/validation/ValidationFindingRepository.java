package com.perftarget.validation;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

public interface ValidationFindingRepository extends JpaRepository<ValidationFinding, Long> {

    List<ValidationFinding> findBySubmissionIdOrderById(Long submissionId);

    void deleteBySubmissionId(Long submissionId);
}

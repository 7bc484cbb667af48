package com.perftarget.validation;

import java.util.List;

import org.springframework.data.repository.Repository;

/** Findings are added with their version and read; none is ever changed or removed. */
public interface ValidationFindingRepository extends Repository<ValidationFinding, Long> {

    ValidationFinding save(ValidationFinding finding);

    List<ValidationFinding> findBySubmissionIdAndVersionNoOrderById(Long submissionId, Integer versionNo);
}

package com.perftarget.validation;

import java.util.List;
import java.util.Optional;

import org.springframework.data.repository.Repository;

public interface ValidationRunRepository extends Repository<ValidationRun, Long> {

    ValidationRun save(ValidationRun run);

    List<ValidationRun> findBySubmissionIdOrderByVersionNo(Long submissionId);

    Optional<ValidationRun> findFirstBySubmissionIdOrderByVersionNoDesc(Long submissionId);
}

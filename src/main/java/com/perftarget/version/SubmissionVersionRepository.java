package com.perftarget.version;

import java.util.List;
import java.util.Optional;

import org.springframework.data.repository.Repository;

/** Versions can be added and read; this repository offers no way to change or remove one. */
public interface SubmissionVersionRepository extends Repository<SubmissionVersion, Long> {

    SubmissionVersion save(SubmissionVersion version);

    List<SubmissionVersion> findBySubmissionIdOrderByVersionNo(Long submissionId);

    Optional<SubmissionVersion> findBySubmissionIdAndVersionNo(Long submissionId, int versionNo);

    Optional<SubmissionVersion> findFirstBySubmissionIdOrderByVersionNoDesc(Long submissionId);
}

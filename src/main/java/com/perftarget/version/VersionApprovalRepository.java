package com.perftarget.version;

import java.util.Optional;

import org.springframework.data.repository.Repository;

public interface VersionApprovalRepository extends Repository<VersionApproval, Long> {

    VersionApproval save(VersionApproval approval);

    Optional<VersionApproval> findBySubmissionId(Long submissionId);
}

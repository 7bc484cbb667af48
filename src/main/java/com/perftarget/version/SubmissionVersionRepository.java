package com.perftarget.version;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;
import org.springframework.data.repository.query.Param;

/**
 * Versions can be added and read; this repository offers no way to change or remove one. Its queries are written
 * out (JPQL): Hibernate caches a string query's translation, a derived (criteria) query is translated at each call.
 */
public interface SubmissionVersionRepository extends Repository<SubmissionVersion, Long> {

    SubmissionVersion save(SubmissionVersion version);

    @Query("select v from SubmissionVersion v where v.submissionId = :submissionId order by v.versionNo")
    List<SubmissionVersion> findBySubmissionId(@Param("submissionId") Long submissionId);

    @Query("select v from SubmissionVersion v where v.submissionId = :submissionId and v.versionNo = :versionNo")
    Optional<SubmissionVersion> findBySubmissionIdAndVersionNo(@Param("submissionId") Long submissionId,
                                                               @Param("versionNo") int versionNo);

    @Query("select v from SubmissionVersion v where v.submissionId = :submissionId and v.versionNo = "
            + "(select max(w.versionNo) from SubmissionVersion w where w.submissionId = :submissionId)")
    Optional<SubmissionVersion> findLatest(@Param("submissionId") Long submissionId);

    @Query("select new com.perftarget.version.VersionHeader(v.versionNo, v.author, v.createdAt) "
            + "from SubmissionVersion v where v.submissionId = :submissionId and v.versionNo = "
            + "(select max(w.versionNo) from SubmissionVersion w where w.submissionId = :submissionId)")
    Optional<VersionHeader> findLatestHeader(@Param("submissionId") Long submissionId);

    @Query("select max(v.versionNo) from SubmissionVersion v where v.submissionId = :submissionId")
    Optional<Integer> findLatestVersionNo(@Param("submissionId") Long submissionId);
}

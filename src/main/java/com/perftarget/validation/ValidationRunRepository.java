package com.perftarget.validation;

import java.util.List;

import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;
import org.springframework.data.repository.query.Param;

/**
 * One run per validated version. Queries are written out (JPQL) rather than derived from method names: Hibernate
 * caches a string query's translation, while a derived (criteria) query is translated afresh at each call.
 */
public interface ValidationRunRepository extends Repository<ValidationRun, Long> {

    ValidationRun save(ValidationRun run);

    @Query("select r from ValidationRun r where r.submissionId = :submissionId order by r.versionNo")
    List<ValidationRun> findBySubmissionId(@Param("submissionId") Long submissionId);

    @Query("select new com.perftarget.validation.FiledVersion(v.versionNo, v.author, v.createdAt, r.passed, "
            + "r.errorCount, r.warningCount) from SubmissionVersion v left join ValidationRun r "
            + "on r.submissionId = v.submissionId and r.versionNo = v.versionNo "
            + "where v.submissionId = :submissionId order by v.versionNo")
    List<FiledVersion> findFiledVersions(@Param("submissionId") Long submissionId);
}

package com.perftarget.validation;

import java.util.List;

import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;
import org.springframework.data.repository.query.Param;

/** Findings are added with their version and read; none is ever changed or removed. */
public interface ValidationFindingRepository extends Repository<ValidationFinding, Long> {

    ValidationFinding save(ValidationFinding finding);

    /** A version's findings in the order they were found (a string query: its translation is cached). */
    @Query("select f from ValidationFinding f where f.submissionId = :submissionId and f.versionNo = :versionNo "
            + "order by f.id")
    List<ValidationFinding> findBySubmissionIdAndVersionNo(@Param("submissionId") Long submissionId,
                                                           @Param("versionNo") Integer versionNo);
}

package com.perftarget.review;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;
import org.springframework.data.repository.query.Param;

/**
 * Decisions are added and read; none is ever changed or removed. Queries are written out (JPQL): Hibernate caches a
 * string query's translation, a derived (criteria) query is translated at each call.
 */
public interface ReviewDecisionRepository extends Repository<ReviewDecision, Long> {

    ReviewDecision save(ReviewDecision decision);

    @Query("select d from ReviewDecision d where d.submissionId = :submissionId order by d.decidedAt, d.id")
    List<ReviewDecision> findBySubmissionId(@Param("submissionId") Long submissionId);

    /** The last decision taken (of two at the same instant, the one recorded last). */
    @Query("select d from ReviewDecision d where d.submissionId = :submissionId and d.id = (select max(e.id) "
            + "from ReviewDecision e where e.submissionId = :submissionId and e.decidedAt = (select max(f.decidedAt) "
            + "from ReviewDecision f where f.submissionId = :submissionId))")
    Optional<ReviewDecision> findLatest(@Param("submissionId") Long submissionId);
}

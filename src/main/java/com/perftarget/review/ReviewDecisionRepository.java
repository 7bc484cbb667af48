package com.perftarget.review;

import java.util.List;
import java.util.Optional;

import org.springframework.data.repository.Repository;

/** Decisions are added and read; none is ever changed or removed. */
public interface ReviewDecisionRepository extends Repository<ReviewDecision, Long> {

    ReviewDecision save(ReviewDecision decision);

    List<ReviewDecision> findBySubmissionIdOrderByDecidedAtAscIdAsc(Long submissionId);

    Optional<ReviewDecision> findFirstBySubmissionIdOrderByDecidedAtDescIdDesc(Long submissionId);
}

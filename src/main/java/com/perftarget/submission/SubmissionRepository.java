package com.perftarget.submission;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface SubmissionRepository extends JpaRepository<Submission, Long> {

    List<Submission> findByUnitCodeAndYearOrderBySequenceNo(String unitCode, int year);

    Optional<Submission> findByBusinessKey(String businessKey);

    /** How many submissions stand at each status and stage. */
    @Query("select s.status as status, s.stage as stage, count(s) as count from Submission s group by s.status, s.stage")
    List<StatusAndStageCount> countByStatusAndStage();

    interface StatusAndStageCount {
        SubmissionStatus getStatus();

        String getStage();

        long getCount();
    }
}

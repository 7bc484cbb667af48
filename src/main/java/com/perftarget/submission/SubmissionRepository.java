package com.perftarget.submission;

import java.math.BigDecimal;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

import jakarta.persistence.LockModeType;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

public interface SubmissionRepository extends JpaRepository<Submission, Long> {

    List<Submission> findByUnitCodeAndYearOrderBySequenceNo(String unitCode, int year);

    Optional<Submission> findByBusinessKey(String businessKey);

    boolean existsByCarriedFrom(String businessKey);

    long countByUnitCodeAndYearAndStatusNotIn(String unitCode, int year, Collection<SubmissionStatus> statuses);

    /** The submission, its row locked until the transaction ends (a filing in flight is waited for). */
    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select s from Submission s where s.id = :id")
    Optional<Submission> findLockedById(@Param("id") long id);

    /** The other projects of a unit-year whose 年度绩效目标 has this {@link Submission#annualGoalKey key}. */
    @Query("select s.projectName from Submission s where s.unitCode = :unitCode and s.year = :year "
            + "and s.annualGoalKey = :annualGoalKey and s.id <> :excluded "
            + "and s.status <> com.perftarget.submission.SubmissionStatus.WITHDRAWN order by s.sequenceNo")
    List<String> findProjectsWithAnnualGoal(@Param("unitCode") String unitCode, @Param("year") int year,
                                            @Param("annualGoalKey") String annualGoalKey,
                                            @Param("excluded") long excluded);

    /** How many submissions stand at each status and stage. */
    @Query("select s.status as status, s.stage as stage, count(s) as count from Submission s group by s.status, s.stage")
    List<StatusAndStageCount> countByStatusAndStage();

    /** Per unit of a year: how many projects at each status, stage and fund kind, and their Σ 项目本年度金额. */
    @Query("select s.unitCode as unitCode, s.status as status, s.stage as stage, s.fundKind as fundKind, "
            + "count(s) as count, sum(s.yearAmount) as yearAmount from Submission s where s.year = :year "
            + "group by s.unitCode, s.status, s.stage, s.fundKind")
    List<UnitYearCount> countByUnit(@Param("year") int year);

    interface UnitYearCount {
        String getUnitCode();

        SubmissionStatus getStatus();

        String getStage();

        FundKind getFundKind();

        long getCount();

        BigDecimal getYearAmount();
    }

    interface StatusAndStageCount {
        SubmissionStatus getStatus();

        String getStage();

        long getCount();
    }
}

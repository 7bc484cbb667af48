package com.perftarget.process.round;

import java.time.LocalDate;
import java.util.Date;
import java.util.Optional;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.VariableScope;
import org.springframework.stereotype.Component;

import com.perftarget.process.approval.ApprovalProcess;
import com.perftarget.round.RoundCalendar;
import com.perftarget.round.RoundService;
import com.perftarget.round.RoundUnit;
import com.perftarget.submission.Submission;
import com.perftarget.submission.SubmissionService;

/**
 * The round's dates as the models' due dates and timers: a unit process reads its unit and year, a project's approval
 * its submission's; a project outside any round has no due date.
 */
@Component("roundDeadlines")
public class RoundDeadlines {

    private final RoundService rounds;
    private final SubmissionService submissions;

    public RoundDeadlines(RoundService rounds, SubmissionService submissions) {
        this.rounds = rounds;
        this.submissions = submissions;
    }

    /** The unit deadline: 填报, 单位财务审核 and the unit's own tasks are due at its end. */
    public Date unitDueOf(VariableScope scope) {
        return roundUnitOf(scope).map(unit -> at(unit.getUnitDeadline())).orElse(null);
    }

    /** The bureau's deadline: 财政局审核 and 批复. */
    public Date bureauDueOf(VariableScope scope) {
        return roundUnitOf(scope).flatMap(unit -> rounds.find(unit.getYear()))
                .map(round -> at(round.getBureauDeadline())).orElse(null);
    }

    /** When the unit's 单位财务 is reminded of the projects still open. */
    public Date reminderAt(VariableScope scope) {
        return Date.from(RoundCalendar.reminderBefore(roundUnitOf(scope).orElseThrow().getUnitDeadline()));
    }

    /** When the unit is late: the end of its deadline's day. */
    public Date deadlinePassedAt(VariableScope scope) {
        return at(roundUnitOf(scope).orElseThrow().getUnitDeadline());
    }

    /** 公开 is due 20 days after 批复. */
    public Date publicationDueOf(VariableScope scope) {
        return roundUnitOf(scope).map(RoundUnit::getApprovedOn).map(RoundCalendar::publicationDeadline)
                .map(RoundDeadlines::at).orElse(null);
    }

    private Optional<RoundUnit> roundUnitOf(VariableScope scope) {
        if (scope.hasVariable(UnitRoundProcess.UNIT_CODE.name())) {
            return rounds.unit(UnitRoundProcess.ROUND_YEAR.from(scope), UnitRoundProcess.UNIT_CODE.from(scope));
        }
        if (scope instanceof DelegateExecution execution && execution.getProcessInstance().getSuperExecution() == null) {
            // A project in a round is approved in a process its unit's round process calls: a standalone one is not.
            return Optional.empty();
        }
        Submission submission = submissions.get(ApprovalProcess.SUBMISSION_ID.from(scope));
        return rounds.unit(submission.getYear(), submission.getUnitCode());
    }

    /** A deadline as a due date: the end of its day. */
    static Date at(LocalDate deadline) {
        return Date.from(RoundCalendar.endOf(deadline));
    }
}

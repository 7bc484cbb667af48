package com.perftarget.access;

import java.util.List;

import org.springframework.stereotype.Component;

import com.perftarget.submission.Submission;

/**
 * Who may see and do what through our API, by group: a project leader sees and files only the projects they lead;
 * a unit's finance sees and reviews its own unit; the finance bureau sees every unit and reviews, but files nothing;
 * administrators see everything. The engine enforces the same on tasks and instances with its own authorizations.
 */
@Component
public class AccessPolicy {

    public void requireRead(Caller user, Submission submission) {
        if (!(seesEveryUnit(user) || isUnitFinance(user, submission.getUnitCode()) || leads(user, submission))) {
            throw new AccessDeniedException("您无权查看「" + submission.getProjectName() + "」");
        }
    }

    public void requireFile(Caller user, Submission submission) {
        if (!leads(user, submission)) {
            throw new AccessDeniedException("只有「" + submission.getProjectName() + "」的项目负责人可以填报");
        }
    }

    public void requireReview(Caller user, Submission submission) {
        if (!(isUnitFinance(user, submission.getUnitCode()) || user.groups().contains(Groups.FINANCE_BUREAU))) {
            throw new AccessDeniedException("您无权审核「" + submission.getProjectName() + "」");
        }
    }

    public void requireUnit(Caller user, String unitCode) {
        if (!(seesEveryUnit(user) || isUnitFinance(user, unitCode)
                || user.groups().contains(Groups.unitLeaders(unitCode)))) {
            throw new AccessDeniedException("您无权查看单位 " + unitCode + " 的绩效目标表");
        }
    }

    /** The whole unit-year at once (every project, the unit's totals): the unit's finance, the bureau, administrators. */
    public void requireWholeUnit(Caller user, String unitCode) {
        if (!(seesEveryUnit(user) || isUnitFinance(user, unitCode))) {
            throw new AccessDeniedException("只有单位财务和财政局可以导出单位 " + unitCode + " 的全部绩效目标表");
        }
    }

    /** Every unit's progress at once: the finance bureau and administrators. */
    public void requireOverview(Caller user) {
        if (!seesEveryUnit(user)) {
            throw new AccessDeniedException("只有财政局和系统管理员可以查看全部单位的进度");
        }
    }

    /** Bringing units and people in: the finance bureau and administrators. */
    public void requireRegistrar(Caller user) {
        if (!seesEveryUnit(user)) {
            throw new AccessDeniedException("只有财政局和系统管理员可以登记单位和人员");
        }
    }

    /** Opening a budget year's round: the finance bureau. */
    public void requireRoundOpener(Caller user) {
        if (!user.groups().contains(Groups.FINANCE_BUREAU)) {
            throw new AccessDeniedException("只有财政局可以开启预算轮次");
        }
    }

    /** What only the unit's own finance does for the unit (importing its tables, carrying projects over). */
    public void requireUnitFinance(Caller user, String unitCode) {
        if (!isUnitFinance(user, unitCode)) {
            throw new AccessDeniedException("只有单位 " + unitCode + " 的单位财务可以办理本单位的项目");
        }
    }

    /** Of a unit's submissions, those the caller may see: all of them, or a leader's own. */
    public List<Submission> visible(Caller user, String unitCode, List<Submission> submissions) {
        requireUnit(user, unitCode);
        if (seesEveryUnit(user) || isUnitFinance(user, unitCode)) {
            return submissions;
        }
        return submissions.stream().filter(s -> leads(user, s)).toList();
    }

    private static boolean seesEveryUnit(Caller user) {
        return user.groups().contains(Groups.ADMIN) || user.groups().contains(Groups.FINANCE_BUREAU);
    }

    private static boolean isUnitFinance(Caller user, String unitCode) {
        return user.groups().contains(Groups.unitFinance(unitCode));
    }

    private static boolean leads(Caller user, Submission submission) {
        return user.id().equals(submission.getLeaderUserId())
                && user.groups().contains(Groups.unitLeaders(submission.getUnitCode()));
    }
}

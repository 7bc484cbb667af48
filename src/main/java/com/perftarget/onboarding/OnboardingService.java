package com.perftarget.onboarding;

import java.util.List;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import com.perftarget.access.Groups;
import com.perftarget.submission.FundKind;
import com.perftarget.submission.Submission;
import com.perftarget.submission.SubmissionService;
import com.perftarget.table.TargetTable;
import com.perftarget.unit.BudgetUnit;
import com.perftarget.unit.BudgetUnitRepository;

/**
 * Brings the finance bureau, units, their people and their projects into the workflow: the unit row, the groups
 * (leaders, finance, bureau, administrators), memberships, Tasklist rights and filters, and a project's submission
 * with its approval started. Everything is created only where missing, so calling again changes nothing.
 */
@Service
@Transactional
public class OnboardingService {

    private final BudgetUnitRepository units;
    private final SubmissionService submissions;
    private final WorkflowDirectory directory;
    private final ApprovalLauncher approvals;

    public OnboardingService(BudgetUnitRepository units, SubmissionService submissions, WorkflowDirectory directory,
                             ApprovalLauncher approvals) {
        this.units = units;
        this.submissions = submissions;
        this.directory = directory;
        this.approvals = approvals;
    }

    /** The finance bureau's reviewers and the administrators, as groups with their rights. */
    public void ensureBureauAndAdministrators() {
        directory.ensureWorkflowGroup(Groups.FINANCE_BUREAU, "财政局");
        directory.grantReadAllApprovals(Groups.FINANCE_BUREAU);
        directory.ensureGroup(Groups.ADMIN, "管理员");
        directory.ensureTasklistFilters(List.of(Groups.FINANCE_BUREAU));
    }

    /** A budget unit with its leaders' and finance groups. */
    public BudgetUnit ensureUnit(String code, String name) {
        BudgetUnit unit = units.findById(code).orElseGet(() -> units.save(new BudgetUnit(code, name)));
        directory.ensureWorkflowGroup(Groups.unitLeaders(code), name + "项目负责人");
        directory.ensureWorkflowGroup(Groups.unitFinance(code), name + "单位财务");
        directory.ensureTasklistFilters(List.of(Groups.unitLeaders(code), Groups.unitFinance(code)));
        return unit;
    }

    /** A person of a unit, in the group of their role. The unit must have been brought in. */
    public void ensurePerson(String unitCode, String login, String displayName, Role role, String password) {
        if (!units.existsById(unitCode)) {
            throw new IllegalArgumentException("unit " + unitCode + " has not been brought in");
        }
        directory.ensurePerson(login, displayName, password,
                role == Role.LEADER ? Groups.unitLeaders(unitCode) : Groups.unitFinance(unitCode));
    }

    public void ensureBureauReviewer(String login, String displayName, String password) {
        directory.ensurePerson(login, displayName, password, Groups.FINANCE_BUREAU);
    }

    public void ensureAdministrator(String login, String displayName, String password) {
        directory.ensurePerson(login, displayName, password, Groups.ADMIN);
    }

    /** A project's table of a budget year, waiting at 填报 for its leader; the existing one if it was opened before. */
    public Submission ensureSubmission(String unitCode, int year, int sequenceNo, String leaderLogin, FundKind kind,
                                       TargetTable table) {
        return submissions.findByBusinessKey(Submission.businessKey(unitCode, year, sequenceNo)).orElseGet(() -> {
            Submission opened = submissions.open(unitCode, year, sequenceNo, leaderLogin, kind, table);
            approvals.start(opened);
            return opened;
        });
    }

    /** The logins of the unit's project leaders whose name is {@code displayName} (as a table names its 项目负责人). */
    @Transactional(readOnly = true)
    public List<String> leadersNamed(String unitCode, String displayName) {
        return directory.loginsNamed(Groups.unitLeaders(unitCode), displayName);
    }

    /** The roles of a unit's people. */
    public enum Role { LEADER, FINANCE }
}

package com.perftarget.process.round;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

import org.camunda.bpm.engine.FormService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.camunda.bpm.engine.variable.VariableMap;
import org.camunda.bpm.engine.variable.Variables;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import com.perftarget.onboarding.NewProject;
import com.perftarget.onboarding.OnboardingService;
import com.perftarget.process.approval.ApprovalProcess;
import com.perftarget.process.approval.FormVariables;
import com.perftarget.round.NewRound;
import com.perftarget.round.RoundCalendar;
import com.perftarget.round.RoundExistsException;
import com.perftarget.round.RoundService;
import com.perftarget.round.RoundStateException;
import com.perftarget.round.RoundUnit;
import com.perftarget.shared.InvalidInputException;
import com.perftarget.submission.Submission;
import com.perftarget.submission.SubmissionService;
import com.perftarget.support.Drafts;
import com.perftarget.support.FormTexts;
import com.perftarget.support.ProcessTest;
import com.perftarget.support.TestIdentities;
import com.perftarget.support.TestSubmissions;
import com.perftarget.table.TableDraft;
import com.perftarget.table.TableField;
import com.perftarget.table.TargetTable;

/**
 * Every path of the round and the unit process on the real engine, listeners and PostgreSQL: a unit's projects run
 * as called approvals, the cross-check waits for all of them, a mismatch goes back to 单位财务, the bureau 批复s, the
 * unit 公开s; the reminder, the 逾期 task and an extension by moving the engine clock. Each test has its own units and
 * year; {@code ProcessCoverageIT} checks that together they pass every element of both models.
 */
@ProcessTest
class RoundProcessTest {

    private static final String BUREAU = "round-bureau";
    private static final AtomicInteger NEXT_YEAR = new AtomicInteger(2090);
    private static final AtomicInteger NEXT_UNIT = new AtomicInteger(1);
    /** Seed table 1 (道路交通标志标线维护) passes validation as filed. */
    private static final TargetTable SEED = TestSubmissions.seedTable(1);

    @Autowired ProcessEngine engine;
    @Autowired RoundStarter starter;
    @Autowired RoundService rounds;
    @Autowired OnboardingService onboarding;
    @Autowired SubmissionService submissions;
    @Autowired TestIdentities identities;
    @Autowired TestSubmissions testSubmissions;
    @Autowired RuntimeService runtime;
    @Autowired TaskService tasks;
    @Autowired FormService forms;
    @Autowired ManagementService management;
    @Autowired IdentityService identity;

    private final LocalDate unitDeadline = RoundCalendar.today().plusDays(30);
    private final LocalDate bureauDeadline = RoundCalendar.today().plusDays(60);

    @BeforeAll
    void createTheBureau() {
        identities.createUnitWith("luguangwei", "finance-020008", BUREAU);
    }

    @BeforeEach
    void initAssertions() {
        BpmnAwareTests.init(engine);
    }

    @AfterEach
    void resetTheClock() {
        ClockUtil.reset();
    }

    @Test
    void aUnitFilesItsProjectsAsCalledApprovalsIsCrossCheckedApprovedAndPublishes() {
        int year = NEXT_YEAR.getAndIncrement();
        String unit = newUnit();
        ProcessInstance round = openRound(year, unit);
        ProcessInstance unitRound = unitInstance(unit, year);
        assertThat(unitRound).isWaitingAt(UnitRoundProcess.PREPARE_UNIT_BUDGET);
        Task prepare = task(unitRound, UnitRoundProcess.PREPARE_UNIT_BUDGET);
        assertThat(prepare).hasCandidateGroup("unit-" + unit + "-finance");
        assertThat(prepare.getDueDate()).isEqualTo(endOf(unitDeadline));

        Submission project = addProject(unit, year, "道路交通标志标线维护");
        ProcessInstance approval = approvalOf(project);
        assertThat(runtime.createProcessInstanceQuery().superProcessInstanceId(unitRound.getId()).list())
                .extracting(ProcessInstance::getId).containsExactly(approval.getId());
        Task fill = task(approval, ApprovalProcess.FILL_TARGETS);
        assertThat(fill).isAssignedTo(leader(unit));
        assertThat(fill.getDueDate()).as("填报 is due at the unit deadline").isEqualTo(endOf(unitDeadline));

        complete(finance(unit), prepare, figures(SEED.yearAmount(), BigDecimal.ZERO));
        assertThat(unitRound).isWaitingAt("projectsSettled");
        assertThat(runtime.getVariable(unitRound.getId(), UnitRoundProcess.OPEN_PROJECTS.name())).isEqualTo(1);

        approve(project, unit);
        assertThat(approval).isEnded();
        Job crossCheck = onlyJob(unitRound);
        management.executeJob(crossCheck.getId());
        assertThat(rounds.unit(year, unit).orElseThrow().getCrossCheck()).isEqualTo(RoundUnit.CrossCheck.PASSED);
        assertThat(unitRound).isWaitingAt(UnitRoundProcess.APPROVE_UNIT_BUDGET);
        Task approveBudget = task(unitRound, UnitRoundProcess.APPROVE_UNIT_BUDGET);
        assertThat(approveBudget).hasCandidateGroup("finance-bureau");
        assertThat(approveBudget.getDueDate()).isEqualTo(endOf(bureauDeadline));

        LocalDate approvedOn = RoundCalendar.today();
        complete(BUREAU, approveBudget, Variables.createVariables()
                .putValue(UnitRoundProcess.APPROVED_ON.name(), approvedOn.toString()));
        Task publish = task(unitRound, UnitRoundProcess.PUBLISH_UNIT_BUDGET);
        assertThat(publish.getDueDate()).as("公开 within 20 days of 批复").isEqualTo(endOf(approvedOn.plusDays(20)));
        complete(finance(unit), publish, Variables.createVariables()
                .putValue(UnitRoundProcess.PUBLISHED_ON.name(), approvedOn.toString()));

        assertThat(unitRound).isEnded().hasPassedInOrder(UnitRoundProcess.PREPARE_UNIT_BUDGET, "crossCheckUnit",
                "unitFilingComplete", UnitRoundProcess.APPROVE_UNIT_BUDGET, UnitRoundProcess.PUBLISH_UNIT_BUDGET);
        assertThat(round).isEnded();
        RoundUnit recorded = rounds.unit(year, unit).orElseThrow();
        assertThat(recorded.getApprovedOn()).isEqualTo(approvedOn);
        assertThat(recorded.getApprovedBy()).isEqualTo(BUREAU);
        assertThat(recorded.getPublishedOn()).isEqualTo(approvedOn);
    }

    @Test
    void aCrossCheckMismatchGoesBackToUnitFinanceWithTheFindingsUntilTheFiguresAgree() {
        int year = NEXT_YEAR.getAndIncrement();
        String unit = newUnit();
        openRound(year, unit);
        ProcessInstance unitRound = unitInstance(unit, year);
        Submission project = addProject(unit, year, "道路交通标志标线维护");
        complete(finance(unit), task(unitRound, UnitRoundProcess.PREPARE_UNIT_BUDGET),
                figures(new BigDecimal("10.00"), BigDecimal.ZERO));
        approve(project, unit);
        management.executeJob(onlyJob(unitRound).getId());

        assertThat(unitRound).isWaitingAt(UnitRoundProcess.RESOLVE_CROSS_CHECK);
        assertThat(rounds.unit(year, unit).orElseThrow().getCrossCheck()).isEqualTo(RoundUnit.CrossCheck.MISMATCH);
        Task resolve = task(unitRound, UnitRoundProcess.RESOLVE_CROSS_CHECK);
        String findings = FormTexts.asRead(forms.getTaskFormVariables(resolve.getId())
                .get(UnitRoundFormPresenter.CROSS_CHECK_FINDINGS.name()));
        assertThat(findings).contains("项目支出", "10.00", SEED.yearAmount().toPlainString());

        complete(finance(unit), resolve, figures(SEED.yearAmount(), BigDecimal.ZERO));
        management.executeJob(onlyJob(unitRound).getId());
        assertThat(unitRound).isWaitingAt(UnitRoundProcess.APPROVE_UNIT_BUDGET);
    }

    @Test
    void aRemindBeforeTheDeadlineThenOneOverdueTaskForTheBureauWhichMayExtendTheDeadline() {
        int year = NEXT_YEAR.getAndIncrement();
        String unit = newUnit();
        openRound(year, unit);
        ProcessInstance unitRound = unitInstance(unit, year);
        Submission project = addProject(unit, year, "道路交通标志标线维护");

        Job reminder = timer(unitRound, "reminderDue");
        assertThat(reminder.getDuedate()).isEqualTo(Date.from(RoundCalendar.reminderBefore(unitDeadline)));
        assertThat(executableTimers(unitRound)).isZero();
        ClockUtil.setCurrentTime(reminder.getDuedate());
        assertThat(executableTimers(unitRound)).isEqualTo(1);
        management.executeJob(reminder.getId());
        Task read = task(unitRound, UnitRoundProcess.READ_REMINDER);
        assertThat(read).hasCandidateGroup("unit-" + unit + "-finance");
        assertThat(FormTexts.asRead(forms.getTaskFormVariables(read.getId())
                .get(UnitRoundFormPresenter.PROJECT_LIST.name()))).contains("尚未批准的项目", project.getBusinessKey());
        complete(finance(unit), read, Variables.createVariables());

        Job deadline = timer(unitRound, "unitDeadlinePassed");
        assertThat(deadline.getDuedate()).isEqualTo(endOf(unitDeadline));
        ClockUtil.setCurrentTime(deadline.getDuedate());
        management.executeJob(deadline.getId());
        Task overdue = task(unitRound, UnitRoundProcess.HANDLE_OVERDUE_UNIT);
        assertThat(overdue).hasCandidateGroup("finance-bureau");

        LocalDate extended = unitDeadline.plusDays(10);
        assertThatThrownBy(() -> complete(BUREAU, overdue, overdueDecision(UnitRoundProcess.EXTEND,
                unitDeadline.minusDays(1).toString(), "材料未齐")))
                .hasRootCauseInstanceOf(InvalidInputException.class).hasMessageContaining("应晚于现在的截止日");
        complete(BUREAU, overdue, overdueDecision(UnitRoundProcess.EXTEND, extended.toString(), "项目负责人出差，延期十天"));
        assertThat(rounds.unitDeadline(year, unit)).isEqualTo(extended);
        assertThat(rounds.extensions(year, unit)).singleElement()
                .satisfies(e -> assertThat(e.getReason()).isEqualTo("项目负责人出差，延期十天"));
        assertThat(task(approvalOf(project), ApprovalProcess.FILL_TARGETS).getDueDate())
                .as("the open 填报 moved with the deadline").isEqualTo(endOf(extended));

        Job extendedDeadline = timer(unitRound, "extendedDeadlinePassed");
        assertThat(extendedDeadline.getDuedate()).isEqualTo(endOf(extended));
        ClockUtil.setCurrentTime(extendedDeadline.getDuedate());
        management.executeJob(extendedDeadline.getId());
        complete(BUREAU, task(unitRound, UnitRoundProcess.HANDLE_OVERDUE_UNIT),
                overdueDecision(UnitRoundProcess.CLOSE, null, null));
        assertThat(tasks.createTaskQuery().processInstanceId(unitRound.getId())
                .taskDefinitionKey(UnitRoundProcess.HANDLE_OVERDUE_UNIT).count()).isZero();
        assertThat(unitRound).isWaitingAt(UnitRoundProcess.PREPARE_UNIT_BUDGET);
    }

    @Test
    void aWithdrawnProjectLeavesTheFilingWhichThenWaitsOnlyForTheOthers() {
        int year = NEXT_YEAR.getAndIncrement();
        String unit = newUnit();
        openRound(year, unit);
        ProcessInstance unitRound = unitInstance(unit, year);
        Submission kept = addProject(unit, year, "道路交通标志标线维护");
        Submission withdrawn = addProject(unit, year, "交通监控设备维护");
        complete(finance(unit), task(unitRound, UnitRoundProcess.PREPARE_UNIT_BUDGET),
                figures(SEED.yearAmount(), BigDecimal.ZERO));
        assertThat(runtime.getVariable(unitRound.getId(), UnitRoundProcess.OPEN_PROJECTS.name())).isEqualTo(2);

        onboarding.withdraw(withdrawn.getId(), finance(unit), "并入其他项目");
        assertThat(runtime.createProcessInstanceQuery().processInstanceBusinessKey(withdrawn.getBusinessKey()).count())
                .isZero();
        assertThat(runtime.getVariable(unitRound.getId(), UnitRoundProcess.OPEN_PROJECTS.name())).isEqualTo(1);
        assertThat(unitRound).isWaitingAt("projectsSettled");

        approve(kept, unit);
        management.executeJob(onlyJob(unitRound).getId());
        assertThat(unitRound).isWaitingAt(UnitRoundProcess.APPROVE_UNIT_BUDGET);
    }

    @Test
    void theStartFormOpensARoundAsTasklistSubmitsItAndTakesNothingElse() {
        int year = NEXT_YEAR.getAndIncrement();
        String unit = newUnit();
        String definition = engine.getRepositoryService().createProcessDefinitionQuery()
                .processDefinitionKey(RoundProcess.KEY).latestVersion().singleResult().getId();
        VariableMap form = Variables.createVariables().putValue("roundYear", (long) year)
                .putValue("profile", "JY2021").putValue("units", unit + "，")
                .putValue("unitDeadline", unitDeadline.toString()).putValue("bureauDeadline", bureauDeadline.toString());

        VariableMap tampered = Variables.createVariables().putValue("openProjects", 0);
        tampered.putAll(form);
        assertThatThrownBy(() -> as(BUREAU, () -> forms.submitStartForm(definition, tampered)))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("openProjects");
        assertThat(rounds.find(year)).isEmpty();

        ProcessInstance round = as(BUREAU, () -> forms.submitStartForm(definition, form));
        assertThat(round).isWaitingAt("runUnitRounds");
        assertThat(rounds.find(year).orElseThrow().getOpenedBy()).isEqualTo(BUREAU);
        assertThat(runtime.getVariable(round.getId(), RoundProcess.ROUND_YEAR.name())).isEqualTo(year);
        assertThat(unitInstance(unit, year)).isWaitingAt(UnitRoundProcess.PREPARE_UNIT_BUDGET);
    }

    @Test
    void aSecondRoundOfAYearIsRefusedAndStartsNothing() {
        int year = NEXT_YEAR.getAndIncrement();
        String unit = newUnit();
        openRound(year, unit);
        long instances = runtime.createProcessInstanceQuery().processDefinitionKey(UnitRoundProcess.KEY).count();
        assertThatThrownBy(() -> openRound(year, unit)).isInstanceOf(RoundExistsException.class)
                .hasMessageContaining("已经开启");
        assertThat(runtime.createProcessInstanceQuery().processDefinitionKey(UnitRoundProcess.KEY).count())
                .isEqualTo(instances);
    }

    @Test
    void aUnitWithoutItsFinancePersonIsNamedAndNoUnitProcessStarts() {
        int year = NEXT_YEAR.getAndIncrement();
        String ready = newUnit();
        String leaderOnly = "RL" + NEXT_UNIT.getAndIncrement();
        onboarding.ensureUnit(leaderOnly, "只有负责人的单位");
        onboarding.ensurePerson(leaderOnly, "lead-" + leaderOnly.toLowerCase(), "负责人", 
                com.perftarget.unit.UnitPerson.Role.LEADER, TestIdentities.PASSWORD);

        assertThatThrownBy(() -> openRound(year, ready, leaderOnly)).isInstanceOf(InvalidInputException.class)
                .satisfies(e -> assertThat(((InvalidInputException) e).errors()).singleElement()
                        .satisfies(error -> assertThat(error.message()).contains(leaderOnly, "单位财务")));
        assertThat(rounds.find(year)).isEmpty();
        assertThat(runtime.createProcessInstanceQuery().processInstanceBusinessKey(
                UnitRoundProcess.businessKey(ready, year)).count()).isZero();
        assertThat(runtime.createProcessInstanceQuery().processDefinitionKey(RoundProcess.KEY)
                .processInstanceBusinessKey(String.valueOf(year)).count()).isZero();
    }

    @Test
    void aProjectCannotJoinAUnitWhoseFilingIsOver() {
        int year = NEXT_YEAR.getAndIncrement();
        String unit = newUnit();
        openRound(year, unit);
        ProcessInstance unitRound = unitInstance(unit, year);
        complete(finance(unit), task(unitRound, UnitRoundProcess.PREPARE_UNIT_BUDGET),
                figures(BigDecimal.ZERO, BigDecimal.ZERO));
        management.executeJob(onlyJob(unitRound).getId());
        assertThat(unitRound).isWaitingAt(UnitRoundProcess.APPROVE_UNIT_BUDGET);

        assertThatThrownBy(() -> addProject(unit, year, "迟到的项目")).isInstanceOf(RoundStateException.class)
                .hasMessageContaining("报送已经结束");
        assertThat(submissions.list(unit, year)).isEmpty();
    }

    private String newUnit() {
        String code = "R" + NEXT_UNIT.getAndIncrement();
        identities.createUnit(code, leader(code), finance(code));
        return code;
    }

    private static String leader(String unit) {
        return "lead-" + unit.toLowerCase();
    }

    private static String finance(String unit) {
        return "fin-" + unit.toLowerCase();
    }

    private ProcessInstance openRound(int year, String... units) {
        String id = as(BUREAU, () -> starter.open(new NewRound(year, "JY2021", List.of(units),
                unitDeadline.toString(), bureauDeadline.toString())));
        ProcessInstance round = runtime.createProcessInstanceQuery().processInstanceId(id).singleResult();
        assertThat(round).isWaitingAt("runUnitRounds");
        assertThat(runtime.getVariables(id).keySet()).as("the round keeps its year and opener only")
                .containsExactlyInAnyOrder("roundYear", "roundOpener");
        return round;
    }

    private ProcessInstance unitInstance(String unit, int year) {
        ProcessInstance instance = runtime.createProcessInstanceQuery().processDefinitionKey(UnitRoundProcess.KEY)
                .processInstanceBusinessKey(UnitRoundProcess.businessKey(unit, year)).singleResult();
        assertThat(runtime.getVariables(instance.getId()).keySet()).as("ids and small decisions only")
                .isSubsetOf("unitCode", "roundYear", "openProjects", "crossCheckPassed");
        return instance;
    }

    private Submission addProject(String unit, int year, String name) {
        return onboarding.openProject(unit, year, new NewProject(name, leader(unit), "GENERAL",
                SEED.totalAmount().toPlainString(), SEED.yearAmount().toPlainString()));
    }

    private ProcessInstance approvalOf(Submission project) {
        return runtime.createProcessInstanceQuery().processDefinitionKey(ApprovalProcess.KEY)
                .processInstanceBusinessKey(project.getBusinessKey()).singleResult();
    }

    /** The leader files seed table 1 as the project, both reviews approve, the unit takes the result. */
    private void approve(Submission project, String unit) {
        ProcessInstance approval = approvalOf(project);
        int year = project.getYear();
        TableDraft draft = Drafts.withDates(Drafts.withField(Drafts.withField(TableDraft.of(SEED),
                        TableField.UNIT_CODE, unit), TableField.PROJECT_NAME, project.getProjectName()),
                SEED.startDate().withYear(year).toString(), SEED.endDate().withYear(year).toString());
        complete(leader(unit), task(approval, ApprovalProcess.FILL_TARGETS), FormVariables.of(draft));
        testSubmissions.executeJob(approval.getId());
        complete(finance(unit), task(approval, ApprovalProcess.UNIT_FINANCE_REVIEW), review());
        Task bureauReview = task(approval, ApprovalProcess.BUREAU_REVIEW);
        assertThat(bureauReview.getDueDate()).isEqualTo(endOf(bureauDeadline));
        complete(BUREAU, bureauReview, review());
        assertThat(approval).isEnded();
        // The unit takes the approval's end in a job of its own (two approvals ending at once do not collide).
        ProcessInstance unitRound = unitInstance(unit, year);
        management.executeJob(management.createJobQuery().processInstanceId(unitRound.getId())
                .activityId("approveProject").singleResult().getId());
    }

    private static VariableMap review() {
        return Variables.createVariables().putValue("decision", "APPROVE").putValue("opinion", "同意");
    }

    private static VariableMap figures(BigDecimal general, BigDecimal special) {
        return Variables.createVariables().putValue(UnitRoundProcess.GENERAL_PROJECTS.name(), general.toPlainString())
                .putValue(UnitRoundProcess.SPECIAL_FUNDS.name(), special.doubleValue());
    }

    private static VariableMap overdueDecision(String decision, String newDeadline, String reason) {
        return Variables.createVariables().putValue(UnitRoundProcess.OVERDUE_DECISION.name(), decision)
                .putValue(UnitRoundProcess.NEW_DEADLINE.name(), newDeadline)
                .putValue(UnitRoundProcess.EXTENSION_REASON.name(), reason);
    }

    private Task task(ProcessInstance instance, String key) {
        return tasks.createTaskQuery().processInstanceId(instance.getId()).taskDefinitionKey(key).singleResult();
    }

    private Job onlyJob(ProcessInstance instance) {
        return management.createJobQuery().processInstanceId(instance.getId()).messages().singleResult();
    }

    private Job timer(ProcessInstance instance, String activityId) {
        return management.createJobQuery().processInstanceId(instance.getId()).timers().activityId(activityId)
                .singleResult();
    }

    private long executableTimers(ProcessInstance instance) {
        return management.createJobQuery().processInstanceId(instance.getId()).timers().executable().count();
    }

    private static Date endOf(LocalDate date) {
        return Date.from(RoundCalendar.endOf(date));
    }

    private void complete(String user, Task task, Map<String, Object> variables) {
        as(user, () -> {
            if (task.getAssignee() == null) {
                tasks.claim(task.getId(), user);
            }
            forms.submitTaskForm(task.getId(), variables);
            return null;
        });
    }

    private <T> T as(String userId, java.util.concurrent.Callable<T> action) {
        identity.setAuthentication(userId, identity.createGroupQuery().groupMember(userId).list().stream()
                .map(Group::getId).toList());
        try {
            return action.call();
        } catch (RuntimeException e) {
            throw e;
        } catch (Exception e) {
            throw new IllegalStateException(e);
        } finally {
            identity.clearAuthentication();
        }
    }
}

package com.perftarget.process.approval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

import java.util.List;
import java.util.Map;

import io.micrometer.core.instrument.MeterRegistry;

import org.camunda.bpm.engine.FormService;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.history.HistoricActivityInstance;
import org.camunda.bpm.engine.history.HistoricVariableUpdate;
import org.camunda.bpm.engine.history.UserOperationLogEntry;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.runtime.Incident;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.camunda.bpm.engine.variable.VariableMap;
import org.camunda.bpm.engine.variable.Variables;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import com.perftarget.access.Groups;
import com.perftarget.review.Decision;
import com.perftarget.review.ReviewDecision;
import com.perftarget.review.ReviewLevel;
import com.perftarget.review.ReviewService;
import com.perftarget.submission.SubmissionService;
import com.perftarget.submission.SubmissionStatus;
import com.perftarget.support.Drafts;
import com.perftarget.support.FormTexts;
import com.perftarget.support.ProcessTest;
import com.perftarget.support.TestIdentities;
import com.perftarget.support.TestSubmissions;
import com.perftarget.support.TestSubmissions.Started;
import com.perftarget.table.TableDraft;
import com.perftarget.table.TableField;
import com.perftarget.table.TargetTable;
import com.perftarget.validation.Finding;
import com.perftarget.validation.ValidationService;
import com.perftarget.version.VersionService;

/**
 * Every path of the approval process on the real engine, the real listeners and delegates, and PostgreSQL.
 * The coverage library's listener records every flow node and sequence flow these tests pass and writes
 * target/process-test-coverage/…/report.json; {@code ProcessCoverageIT} fails the build unless every element of every
 * model in bpmn/ was passed.
 */
@ProcessTest
class ApprovalProcessTest {

    private static final String LEADER = "luguangwei";
    private static final String UNIT_FINANCE = "finance-020008";
    private static final String BUREAU = "bureau";

    @Autowired ProcessEngine engine;
    @Autowired TestSubmissions testSubmissions;
    @Autowired SubmissionService submissions;
    @Autowired ReviewService reviews;
    @Autowired VersionService versions;
    @Autowired ValidationService validation;
    @Autowired TaskService tasks;
    @Autowired FormService forms;
    @Autowired RuntimeService runtime;
    @Autowired HistoryService history;
    @Autowired ManagementService management;
    @Autowired RepositoryService repository;
    @Autowired IdentityService identity;
    @Autowired MeterRegistry meters;

    @Autowired TestIdentities identities;

    @BeforeAll
    void createTheUnitAndItsPeople() {
        identities.createUnitWith(LEADER, UNIT_FINANCE, BUREAU);
    }

    @BeforeEach
    void initAssertions() {
        BpmnAwareTests.init(engine);
    }

    @Test
    void straightApproval() {
        Started started = start(1);
        fileUnchanged(started);
        long validationsBefore = meters.timer(ValidateTargetsDelegate.TIMER).count();
        validate(started);
        assertThat(meters.timer(ValidateTargetsDelegate.TIMER).count()).isEqualTo(validationsBefore + 1);
        assertThat(instance(started)).isWaitingAt(ApprovalProcess.UNIT_FINANCE_REVIEW);
        assertThat(reviewTask(started)).hasCandidateGroup("unit-020008-finance");

        review(started, UNIT_FINANCE, "APPROVE", null);
        assertThat(instance(started)).isWaitingAt(ApprovalProcess.BUREAU_REVIEW);
        assertThat(reviewTask(started)).hasCandidateGroup("finance-bureau");

        review(started, BUREAU, "APPROVE", "同意");
        assertThat(instance(started)).isEnded().hasPassedInOrder(ApprovalProcess.FILL_TARGETS,
                ApprovalProcess.VALIDATE_TARGETS, ApprovalProcess.UNIT_FINANCE_REVIEW, ApprovalProcess.BUREAU_REVIEW,
                ApprovalProcess.APPROVED);
        assertThat(submissions.get(started.submissionId()).getStatus()).isEqualTo(SubmissionStatus.APPROVED);
        assertThat(reviews.history(started.submissionId()))
                .extracting(ReviewDecision::getLevel, ReviewDecision::getReviewer, ReviewDecision::getDecision)
                .containsExactly(
                        tuple(ReviewLevel.UNIT_FINANCE, UNIT_FINANCE, Decision.APPROVE),
                        tuple(ReviewLevel.FINANCE_BUREAU, BUREAU, Decision.APPROVE));
    }

    @Test
    void returnAtUnitFinanceGoesBackToTheLeaderWithWhoWhenAndWhy() {
        Started started = start(2);
        fileUnchanged(started);
        validate(started);
        review(started, UNIT_FINANCE, "RETURN", "道路标线施划面积缺少测算依据");

        assertThat(instance(started)).isWaitingAt(ApprovalProcess.FILL_TARGETS);
        Task fill = fillTask(started);
        assertThat(fill).isAssignedTo(LEADER);
        String notice = FormTexts.asRead(shown(fill.getId(), FormVariables.RETURN_NOTICE.name()));
        assertThat(notice).contains("已被单位财务", UNIT_FINANCE, "退回", "审核意见：道路标线施划面积缺少测算依据")
                .containsPattern("\\d{4}-\\d{2}-\\d{2} \\d{2}:\\d{2}");
        assertThat(submissions.get(started.submissionId()).getStatus()).isEqualTo(SubmissionStatus.RETURNED);
        assertThat(runtime.getVariables(started.processInstanceId()).keySet())
                .as("the process keeps ids and decisions only")
                .containsExactlyInAnyOrder("submissionId", "validationPassed", "decision");
    }

    @Test
    void returnAtTheBureauGoesBackToTheLeader() {
        Started started = start(3);
        fileUnchanged(started);
        validate(started);
        review(started, UNIT_FINANCE, "APPROVE", null);
        review(started, BUREAU, "RETURN", "电子警察维护数与上年不一致，请说明");

        assertThat(instance(started)).isWaitingAt(ApprovalProcess.FILL_TARGETS);
        String notice = FormTexts.asRead(shown(fillTask(started).getId(), FormVariables.RETURN_NOTICE.name()));
        assertThat(notice).contains("已被财政局", BUREAU, "电子警察维护数与上年不一致，请说明");
        String history = FormTexts.asRead(shown(fillTask(started).getId(), FormVariables.REVIEW_HISTORY.name()));
        assertThat(history).contains("单位财务", "通过", "财政局", "退回");
    }

    @Test
    void validationErrorsSendTheTableBackToTheFilerWithTheMessages() {
        Started started = start(4);
        TargetTable seed = started.table();
        TableDraft overspent = Drafts.withAmounts(TableDraft.of(seed), TableDraft.of(seed).totalAmount(), "60.00");
        file(started, overspent);
        validate(started);

        assertThat(instance(started)).isWaitingAt(ApprovalProcess.FILL_TARGETS)
                .variables().containsEntry("validationPassed", false);
        String messages = FormTexts.asRead(shown(fillTask(started).getId(), FormVariables.VALIDATION_MESSAGES.name()));
        assertThat(messages).contains("【错误】", "项目本年度金额（60.00 万元）不能大于项目总金额（49.40 万元）");
        assertThat(submissions.get(started.submissionId()).getStatus()).isEqualTo(SubmissionStatus.RETURNED);
        assertThat(submissions.get(started.submissionId()).getYearAmount()).isEqualByComparingTo("60.00");
    }

    @Test
    void aResubmissionAfterAReturnGoesThroughValidationAndBothReviewsAgain() {
        Started started = start(9);
        fileUnchanged(started);
        validate(started);
        review(started, UNIT_FINANCE, "RETURN", "号牌数量请按实际测算");

        TableDraft changed = Drafts.withTarget(TableDraft.of(submissions.details(started.submissionId()).table()), 6, "=750万元");
        file(started, changed);
        assertThat(instance(started)).isWaitingAt(ApprovalProcess.VALIDATE_TARGETS);
        validate(started);
        assertThat(instance(started)).isWaitingAt(ApprovalProcess.UNIT_FINANCE_REVIEW);
        review(started, UNIT_FINANCE, "APPROVE", "已补充");
        review(started, BUREAU, "APPROVE", null);

        assertThat(instance(started)).isEnded();
        assertThat(passedActivities(started)).containsExactly(
                ApprovalProcess.FILL_TARGETS, ApprovalProcess.VALIDATE_TARGETS, ApprovalProcess.UNIT_FINANCE_REVIEW,
                ApprovalProcess.FILL_TARGETS, ApprovalProcess.VALIDATE_TARGETS, ApprovalProcess.UNIT_FINANCE_REVIEW,
                ApprovalProcess.BUREAU_REVIEW, ApprovalProcess.APPROVED);
        assertThat(submissions.details(started.submissionId()).table().indicators().get(6).target()).isEqualTo("=750万元");
    }

    @Test
    void theFormsShowWhatChangedSinceThePreviousVersionAndTheWholeHistory() {
        Started started = start(2);
        fileUnchanged(started);
        validate(started);
        assertThat(FormTexts.asRead(shown(reviewTask(started).getId(), FormVariables.CHANGES.name())))
                .isEqualTo("**首次提交**（第 1 版）");
        assertThat(FormTexts.asRead(shown(reviewTask(started).getId(), FormVariables.VALIDATION_MESSAGES.name())))
                .as("warnings reach the reviewers")
                .contains("【警告】第 9 行绩效指标：「交通标志牌交通标志牌」中有重复的文字", "【警告】没有成本指标");
        review(started, UNIT_FINANCE, "RETURN", "标线面积请按实际测算");

        Task fill = fillTask(started);
        assertThat(FormTexts.asRead(shown(fill.getId(), FormVariables.RETURN_NOTICE.name())))
                .startsWith("**第 1 版已被单位财务").contains("标线面积请按实际测算");
        file(started, Drafts.withTarget(TableDraft.of(submissions.details(started.submissionId()).table()), 7,
                "≥5万平方米"));
        validate(started);

        String changes = FormTexts.asRead(shown(reviewTask(started).getId(), FormVariables.CHANGES.name()));
        assertThat(changes).isEqualTo("**第 2 版与第 1 版相比：**\n\n- 道路标线施划面积 目标值：≥4.5万平方米 → ≥5万平方米");
        String history = FormTexts.asRead(shown(reviewTask(started).getId(), FormVariables.REVIEW_HISTORY.name()));
        assertThat(history.lines().filter(line -> line.startsWith("- ")).toList()).satisfiesExactly(
                line -> assertThat(line).contains(LEADER + "） 提交第 1 版，自动校验通过"),
                line -> assertThat(line).contains(UNIT_FINANCE + "） 认领了任务"),
                line -> assertThat(line).contains("单位财务", UNIT_FINANCE, "退回第 1 版：标线面积请按实际测算"),
                line -> assertThat(line).contains(LEADER + "） 提交第 2 版，自动校验通过"));
    }

    @Test
    void badInputThroughTheFormIsRefusedAndNothingIsSaved() {
        Started started = start(6);
        TableDraft filed = TableDraft.of(started.table());
        TableDraft bad = Drafts.withTarget(Drafts.withAmounts(filed, filed.totalAmount(), "-5"), 0, " ");

        assertThatThrownBy(() -> file(started, bad))
                .hasMessageContaining("项目本年度金额不能为负数")
                .hasMessageContaining("第 1 行绩效指标缺少目标值");

        assertThat(instance(started)).isWaitingAt(ApprovalProcess.FILL_TARGETS);
        assertThat(submissions.details(started.submissionId()).table()).isEqualTo(started.table());
        assertThat(submissions.get(started.submissionId()).getStatus()).isEqualTo(SubmissionStatus.DRAFT);
    }

    @Test
    void theEngineKeepsIdsAndDecisionsOnlyWhileTheFormsShowTheWholeTable() {
        Started started = start(11);
        Task fill = fillTask(started);
        assertThat(shown(fill.getId(), "projectName")).isEqualTo(started.table().projectName());
        assertThat(shown(fill.getId(), "yearAmount")).isEqualTo(started.table().yearAmount().toPlainString());
        assertThat(String.valueOf(shown(fill.getId(), FormVariables.INDICATORS)))
                .contains(started.table().indicators().get(0).name());
        // Asked only for an id the engine holds (as Tasklist's Excel buttons ask), the form answers just that.
        assertThat(forms.getTaskFormVariables(fill.getId(), List.of("submissionId"), true))
                .containsExactly(Map.entry("submissionId", started.submissionId()));
        fileUnchanged(started);
        validate(started);
        review(started, UNIT_FINANCE, "APPROVE", "同意上报");
        Task bureauReview = reviewTask(started);
        assertThat(shown(bureauReview.getId(), "decision")).as("the bureau decides afresh").isNull();
        assertThat(shown(bureauReview.getId(), "annualGoal")).isEqualTo(started.table().annualGoal());
        review(started, BUREAU, "APPROVE", null);

        assertThat(instance(started)).isEnded();
        assertThat(history.createHistoricVariableInstanceQuery().processInstanceId(started.processInstanceId()).list())
                .extracting(variable -> variable.getName())
                .containsExactlyInAnyOrder("submissionId", "validationPassed", "decision");
        assertThat(history.createHistoricDetailQuery().processInstanceId(started.processInstanceId()).formFields()
                .count()).as("no copy of what the forms submitted").isZero();
        assertThat(history.createHistoricDetailQuery().processInstanceId(started.processInstanceId())
                .variableUpdates().count()).as("no row per change of a variable our runs and decisions record")
                .isZero();
        assertThat(history.createHistoricActivityInstanceQuery().processInstanceId(started.processInstanceId())
                .activityType("exclusiveGateway").count()).as("no row per gateway passed").isZero();
        assertThat(history.createHistoricActivityInstanceQuery().processInstanceId(started.processInstanceId())
                .activityType("userTask").count()).as("every task a person worked on").isEqualTo(3);
        List<String> taskIds = history.createHistoricTaskInstanceQuery().processInstanceId(started.processInstanceId())
                .list().stream().map(task -> task.getId()).toList();
        assertThat(taskIds).hasSize(3).allSatisfy(taskId -> assertThat(history.createHistoricIdentityLinkLogQuery()
                .taskId(taskId).count()).as("no row per assignee or candidate of a task").isZero());
        assertThat(history.createHistoricTaskInstanceQuery().processInstanceId(started.processInstanceId())
                .orderByHistoricActivityInstanceStartTime().asc().list()).extracting(task -> task.getAssignee())
                .as("who did each task").containsExactly(LEADER, UNIT_FINANCE, BUREAU);
        assertThat(history.createUserOperationLogQuery().processInstanceId(started.processInstanceId())
                .operationType(UserOperationLogEntry.OPERATION_TYPE_CLAIM).list())
                .extracting(UserOperationLogEntry::getUserId).as("each claim, by whom")
                .containsExactlyInAnyOrder(UNIT_FINANCE, BUREAU);
        assertThat(history.createHistoricJobLogQuery().processInstanceId(started.processInstanceId()).successLog()
                .singleResult().getHostname()).as("which node ran 自动校验: only the job log says").isNotBlank();
        assertThat(versions.list(started.submissionId())).singleElement()
                .satisfies(version -> assertThat(version.table()).isEqualTo(started.table()));
        assertThat(reviews.history(started.submissionId())).extracting(ReviewDecision::getOpinion)
                .containsExactly("同意上报", null);
    }

    @Test
    void aCompletionWithoutTheTableFilesItAsItStandsAndADraftOnTheTaskIsShownAndFiled() {
        Started started = start(12);
        Task fill = fillTask(started);
        // A value set on the task without completing it (an administrator, a client's draft) stays on the task.
        tasks.setVariable(fill.getId(), "contact", "张三（暂存）");
        assertThat(shown(fill.getId(), "contact")).as("a draft saved on the task wins").isEqualTo("张三（暂存）");

        as(LEADER, () -> tasks.complete(fill.getId(), Variables.createVariables().putValue("phone", "0391-6612345")));

        TargetTable filed = versions.latest(started.submissionId()).orElseThrow().table();
        assertThat(filed.phone()).isEqualTo("0391-6612345");
        assertThat(filed.contact()).isEqualTo("张三（暂存）");
        assertThat(filed.indicators()).isEqualTo(started.table().indicators());
        assertThat(filed.projectName()).isEqualTo(started.table().projectName());
        assertThat(runtime.getVariables(started.processInstanceId()).keySet())
                .containsExactlyInAnyOrder("submissionId");
        assertThat(history.createHistoricDetailQuery().processInstanceId(started.processInstanceId())
                .variableUpdates().list()).as("a variable our tables do not record keeps its changes")
                .extracting(detail -> ((HistoricVariableUpdate) detail).getVariableName()).containsExactly("contact");
    }

    @Test
    void validationNamesTheOtherProjectOfTheUnitYearWithTheSameAnnualGoal() {
        Started first = start(5);
        Started second = testSubmissions.startBeside(first, 8, LEADER);
        String goal = "全年道路交通事故起数同比下降，群众满意度稳步提高";
        file(first, Drafts.withField(TableDraft.of(first.table()), TableField.ANNUAL_GOAL, goal));
        file(second, Drafts.withField(TableDraft.of(second.table()), TableField.ANNUAL_GOAL, "  " + goal + "\n"));
        validate(second);

        List<Finding> found = validation.findings(second.submissionId(), 1);
        assertThat(found).filteredOn(f -> f.ruleId().equals("goal.annualDuplicate"))
                .extracting(f -> f.message()).as(String.valueOf(found))
                .anySatisfy(message -> assertThat(message).contains(first.table().projectName()));
    }

    @Test
    void aReturnWithoutAnOpinionIsRefused() {
        Started started = start(7);
        fileUnchanged(started);
        validate(started);

        assertThatThrownBy(() -> review(started, UNIT_FINANCE, "RETURN", "  "))
                .hasMessageContaining("退回时必须填写审核意见");

        assertThat(instance(started)).isWaitingAt(ApprovalProcess.UNIT_FINANCE_REVIEW);
        assertThat(reviews.history(started.submissionId())).isEmpty();
    }

    @Test
    void aTechnicalFailureOfTheValidationBecomesAnIncidentThatCanBeRetried() {
        Started started = start(10);
        fileUnchanged(started);
        // Simulate a broken step: the submission it must validate cannot be loaded.
        runtime.setVariable(started.processInstanceId(), ApprovalProcess.SUBMISSION_ID.name(), -1L);
        Job job = management.createJobQuery().processInstanceId(started.processInstanceId()).singleResult();
        for (int attempt = 1; attempt <= 3; attempt++) {
            assertThatThrownBy(() -> management.executeJob(job.getId())).hasMessageContaining("没有找到");
        }

        Incident incident = runtime.createIncidentQuery().processInstanceId(started.processInstanceId()).singleResult();
        assertThat(incident).isNotNull();
        assertThat(incident.getActivityId()).isEqualTo(ApprovalProcess.VALIDATE_TARGETS);
        assertThat(incident.getIncidentMessage()).contains("没有找到");
        assertThat(management.createJobQuery().jobId(job.getId()).singleResult().getRetries()).isZero();

        // The administrators are told in Tasklist: a task for camunda-admin naming the table, the step and the failure.
        Task alert = tasks.createTaskQuery().taskCandidateGroup(Groups.ADMIN)
                .taskNameLike("处理故障：%" + started.businessKey() + "%").singleResult();
        assertThat(alert).isNotNull();
        assertThat(alert.getName()).contains(started.table().projectName(), "自动校验");
        assertThat(alert.getDescription()).contains("没有找到", incident.getProcessInstanceId(), incident.getId());

        // What an administrator does in Cockpit: repair the cause, then retry the job.
        runtime.setVariable(started.processInstanceId(), ApprovalProcess.SUBMISSION_ID.name(), started.submissionId());
        management.setJobRetries(job.getId(), 1);
        management.executeJob(job.getId());

        assertThat(runtime.createIncidentQuery().processInstanceId(started.processInstanceId()).count()).isZero();
        assertThat(instance(started)).isWaitingAt(ApprovalProcess.UNIT_FINANCE_REVIEW);
        assertThat(history.createHistoricJobLogQuery().jobId(job.getId()).failureLog().list())
                .as("each failure stays in the job log, with its error").hasSize(3)
                .allSatisfy(failure -> assertThat(failure.getJobExceptionMessage()).contains("没有找到"));
        assertThat(history.createHistoricJobLogQuery().jobId(job.getId()).successLog().count()).isEqualTo(1);
    }

    private Started start(int seedPosition) {
        Started started = testSubmissions.start(seedPosition, LEADER);
        assertThat(instance(started)).isStarted().isWaitingAt(ApprovalProcess.FILL_TARGETS);
        assertThat(fillTask(started)).isAssignedTo(LEADER);
        return started;
    }

    private void fileUnchanged(Started started) {
        file(started, TableDraft.of(submissions.details(started.submissionId()).table()));
    }

    /** What Tasklist does when the leader completes the fill form. */
    private void file(Started started, TableDraft draft) {
        as(LEADER, () -> forms.submitTaskForm(fillTask(started).getId(), FormVariables.of(draft)));
    }

    private void validate(Started started) {
        testSubmissions.executeJob(started.processInstanceId());
    }

    /** What Tasklist does when a reviewer claims the task and completes the review form. */
    private void review(Started started, String reviewer, String decision, String opinion) {
        Task task = reviewTask(started);
        as(reviewer, () -> {
            if (task.getAssignee() == null) {
                tasks.claim(task.getId(), reviewer);
            }
            VariableMap form = Variables.createVariables().putValue("decision", decision).putValue("opinion", opinion);
            forms.submitTaskForm(task.getId(), form);
        });
    }

    private void as(String userId, Runnable action) {
        identity.setAuthentication(userId, identity.createGroupQuery().groupMember(userId).list().stream()
                .map(Group::getId).toList());
        try {
            action.run();
        } finally {
            identity.clearAuthentication();
        }
    }

    private static ProcessInstance instance(Started started) {
        return started.instance();
    }

    private Task fillTask(Started started) {
        return tasks.createTaskQuery().processInstanceId(started.processInstanceId())
                .taskDefinitionKey(ApprovalProcess.FILL_TARGETS).singleResult();
    }

    private Task reviewTask(Started started) {
        return tasks.createTaskQuery().processInstanceId(started.processInstanceId())
                .taskDefinitionKeyIn(ApprovalProcess.UNIT_FINANCE_REVIEW, ApprovalProcess.BUREAU_REVIEW).singleResult();
    }

    private List<String> passedActivities(Started started) {
        return history.createHistoricActivityInstanceQuery().processInstanceId(started.processInstanceId())
                .orderPartiallyByOccurrence().asc().list().stream()
                // The steps a person sees: no start event, no gateway.
                .filter(step -> !step.getActivityType().equals("startEvent")
                        && !step.getActivityType().endsWith("Gateway"))
                .map(HistoricActivityInstance::getActivityId)
                .toList();
    }

    /** What the task's form shows when opened, as Tasklist asks for it. */
    private Object shown(String taskId, String name) {
        return forms.getTaskFormVariables(taskId).get(name);
    }
}

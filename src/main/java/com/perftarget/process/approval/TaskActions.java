package com.perftarget.process.approval;

import java.util.List;

import org.camunda.bpm.engine.AuthorizationException;
import org.camunda.bpm.engine.FormService;
import org.camunda.bpm.engine.OptimisticLockingException;
import org.camunda.bpm.engine.TaskAlreadyClaimedException;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.exception.NotFoundException;
import org.camunda.bpm.engine.exception.NullValueException;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.variable.VariableMap;
import org.camunda.bpm.engine.variable.Variables;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import com.perftarget.review.FourEyesViolationException;
import com.perftarget.review.ReviewService;
import com.perftarget.shared.Failures;
import com.perftarget.shared.InvalidInputException;
import com.perftarget.submission.Submission;
import com.perftarget.submission.SubmissionService;
import com.perftarget.table.TableDraft;
import com.perftarget.table.TableDraftChecker;

/**
 * What a person does in Tasklist, for API clients: completes the caller's own 填报 or review task through the
 * same form submission, so the same listeners check and record it. Bad input is refused before the engine is
 * touched.
 */
@Service
public class TaskActions {

    private final SubmissionService submissions;
    private final TableDraftChecker checker;
    private final ReviewService reviews;
    private final TaskService tasks;
    private final FormService forms;

    public TaskActions(SubmissionService submissions, TableDraftChecker checker, ReviewService reviews,
                       TaskService tasks, FormService forms) {
        this.submissions = submissions;
        this.checker = checker;
        this.reviews = reviews;
        this.tasks = tasks;
        this.forms = forms;
    }

    @Transactional
    public void submit(long submissionId, String userId, TableDraft draft) {
        Submission submission = submissions.get(submissionId);
        checker.check(draft, submission.getUnitCode());
        Task task = openTasks(submission).stream()
                .filter(t -> ApprovalProcess.FILL_TARGETS.equals(t.getTaskDefinitionKey()))
                .filter(t -> userId.equals(t.getAssignee()))
                .findFirst()
                .orElseThrow(() -> new NoOpenTaskException("您没有「" + submission.getProjectName() + "」待填报的任务"));
        submitForm(task, FormVariables.of(draft));
    }

    /** Claims (if needed) and completes in one transaction: a refused review leaves no claim behind. */
    @Transactional
    public void review(long submissionId, String userId, String decision, String opinion) {
        Submission submission = submissions.get(submissionId);
        reviews.parseDecision(decision, opinion);
        List<String> candidates = tasks.createTaskQuery()
                .processInstanceBusinessKey(submission.getBusinessKey())
                .processDefinitionKey(ApprovalProcess.KEY)
                .taskCandidateUser(userId).includeAssignedTasks()
                .list().stream().map(Task::getId).toList();
        Task task = openTasks(submission).stream()
                .filter(t -> ApprovalProcess.UNIT_FINANCE_REVIEW.equals(t.getTaskDefinitionKey())
                        || ApprovalProcess.BUREAU_REVIEW.equals(t.getTaskDefinitionKey()))
                .filter(t -> userId.equals(t.getAssignee())
                        || t.getAssignee() == null && candidates.contains(t.getId()))
                .findFirst()
                .orElseThrow(() -> new NoOpenTaskException("您没有「" + submission.getProjectName() + "」待审核的任务"));
        VariableMap review = Variables.createVariables()
                .putValue(FormVariables.DECISION.name(), decision)
                .putValue(FormVariables.OPINION.name(), opinion);
        onTask(task, () -> {
            if (task.getAssignee() == null) {
                tasks.claim(task.getId(), userId);
            }
            forms.submitTaskForm(task.getId(), review);
        });
    }

    private void submitForm(Task task, VariableMap variables) {
        onTask(task, () -> forms.submitTaskForm(task.getId(), variables));
    }

    /**
     * Acts on a task this request has just found open for the caller. Our refusals come out as they are. If the
     * task was taken, completed or removed in the meantime (another tab, a replayed request, a second reviewer), the
     * engine fails in one of several ways — task not found, a lost update, the task's grants already gone, the unique
     * version key — and the caller is told so (409) instead of getting an error.
     */
    private void onTask(Task task, Runnable action) {
        try {
            action.run();
        } catch (RuntimeException e) {
            for (Class<? extends RuntimeException> refusal : List.of(InvalidInputException.class,
                    FourEyesViolationException.class, NotYourTaskException.class)) {
                RuntimeException cause = Failures.causeOf(e, refusal);
                if (cause != null) {
                    throw cause;
                }
            }
            if (e instanceof NullValueException || e instanceof NotFoundException || e instanceof NullPointerException
                    || e instanceof AuthorizationException || e instanceof TaskAlreadyClaimedException
                    || Failures.causeOf(e, OptimisticLockingException.class) != null
                    || Failures.causeOf(e, DataIntegrityViolationException.class) != null
                    || Failures.isUniqueViolation(e)) {
                throw new NoOpenTaskException("「" + task.getName() + "」已经办理过了，请刷新后查看");
            }
            throw e;
        }
    }



    private List<Task> openTasks(Submission submission) {
        return tasks.createTaskQuery()
                .processInstanceBusinessKey(submission.getBusinessKey())
                .processDefinitionKey(ApprovalProcess.KEY)
                .active()
                .list();
    }
}

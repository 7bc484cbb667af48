package com.perftarget.process;

import java.util.List;

import org.camunda.bpm.engine.FormService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.variable.Variables;
import org.springframework.stereotype.Service;

import com.perftarget.api.NoOpenTaskException;
import com.perftarget.review.ReviewService;
import com.perftarget.submission.Submission;
import com.perftarget.submission.SubmissionService;
import com.perftarget.submission.TableDraft;
import com.perftarget.submission.TableDraftChecker;

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

    public void submit(long submissionId, String userId, TableDraft draft) {
        Submission submission = submissions.get(submissionId);
        checker.check(draft, submission.getUnitCode());
        Task task = openTasks(submission).stream()
                .filter(t -> ApprovalProcess.FILL_TARGETS.equals(t.getTaskDefinitionKey()))
                .filter(t -> userId.equals(t.getAssignee()))
                .findFirst()
                .orElseThrow(() -> new NoOpenTaskException("您没有「" + submission.getProjectName() + "」待填报的任务"));
        forms.submitTaskForm(task.getId(), FormVariables.of(draft));
    }

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
        if (task.getAssignee() == null) {
            tasks.claim(task.getId(), userId);
        }
        forms.submitTaskForm(task.getId(), Variables.createVariables()
                .putValue(ApprovalProcess.DECISION.name(), decision)
                .putValue(FormVariables.OPINION, opinion));
    }

    private List<Task> openTasks(Submission submission) {
        return tasks.createTaskQuery()
                .processInstanceBusinessKey(submission.getBusinessKey())
                .processDefinitionKey(ApprovalProcess.KEY)
                .active()
                .list();
    }
}

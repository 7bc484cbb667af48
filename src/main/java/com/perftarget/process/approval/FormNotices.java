package com.perftarget.process.approval;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.identity.User;
import org.springframework.stereotype.Component;

import com.perftarget.history.HistoryEntry;
import com.perftarget.history.SubmissionHistory;
import com.perftarget.process.EngineReads;
import com.perftarget.process.FormText;
import com.perftarget.review.Decision;
import com.perftarget.review.ReviewService;
import com.perftarget.submission.Stage;
import com.perftarget.submission.Submission;
import com.perftarget.validation.Finding;
import com.perftarget.validation.ValidationService;
import com.perftarget.version.Version;
import com.perftarget.version.VersionService;

/**
 * What the forms show: the table, and beside it the Chinese texts (Markdown) of return notice, findings, changes and
 * history, each built by {@link FormText}: what people typed shows as typed, and no text outgrows a String variable.
 */
@Component
public class FormNotices {

    private static final DateTimeFormatter TIME =
            DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").withZone(ZoneId.of("Asia/Shanghai"));

    private static final Map<String, String> OPERATION_LABELS = Map.of("Claim", "认领了任务", "Assign", "指派了任务",
            "SetJobRetries", "重试了自动校验", "SetVariable", "修改了流程变量", "ModifyVariable", "修改了流程变量",
            "Suspend", "挂起了流程", "Activate", "激活了流程", "Delete", "删除了记录", "Unclaim", "退回了认领");

    /** The history shows the start of each opinion; the return notice shows the latest one whole. */
    private static final int HISTORY_OPINION_LENGTH = 200;

    private final ReviewService reviews;
    private final ValidationService validation;
    private final VersionService versions;
    private final SubmissionHistory history;
    private final IdentityService identity;
    private final EngineReads reads;

    public FormNotices(ReviewService reviews, ValidationService validation, VersionService versions,
                       SubmissionHistory history, IdentityService identity, EngineReads reads) {
        this.reviews = reviews;
        this.validation = validation;
        this.versions = versions;
        this.history = history;
        this.identity = identity;
        this.reads = reads;
    }

    /** Puts the table on the task for its form, under a title naming the step and the project, with the history. */
    public void present(DelegateTask task, Stage stage, Submission submission) {
        task.setName(stage.label() + "：" + submission.getProjectName());
        task.setVariablesLocal(FormVariables.of(submission.table()));
        FormVariables.REVIEW_HISTORY.on(task, history(submission.getId()).orElse(null));
    }

    /** Who returned which version, from which level, when and why; empty when the last decision was no return. */
    public Optional<String> returnNotice(long submissionId) {
        return reviews.latest(submissionId)
                .filter(decision -> decision.getDecision() == Decision.RETURN)
                .map(decision -> FormText.fit("**第 " + decision.getVersionNo() + " 版已被"
                        + decision.getLevel().label() + " " + FormText.literal(displayName(decision.getReviewer()))
                        + " 于 " + TIME.format(decision.getDecidedAt()) + " 退回。**\n\n审核意见："
                        + FormText.literal(decision.getOpinion()), FormText.MAX_LENGTH));
    }

    /** The latest validation findings, one per line; empty when there are none. */
    public Optional<String> findings(long submissionId) {
        List<Finding> found = validation.latest(submissionId);
        if (found.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(FormText.list("**自动校验结果：**", found.stream().map(Finding::describe).toList(), false));
    }

    /** What the version under review changed against the one before it, for the reviewer. */
    public String changes(long submissionId) {
        int latest = versions.latest(submissionId).map(Version::version).orElse(0);
        if (latest <= 1) {
            return "**首次提交**（第 1 版）";
        }
        List<String> lines = versions.diff(submissionId, latest - 1, latest).describe();
        String heading = "**第 " + latest + " 版与第 " + (latest - 1) + " 版相比：**";
        return lines.isEmpty() ? heading + " 没有修改。" : FormText.list(heading, lines, false);
    }

    /** Every version filed and every decision taken, oldest first; empty before the first filing. */
    public Optional<String> history(long submissionId) {
        List<HistoryEntry> entries = history.of(submissionId);
        if (entries.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(FormText.list("**填报与审核记录：**", entries.stream().map(this::describe).toList(), true));
    }

    private String describe(HistoryEntry entry) {
        String when = TIME.format(entry.at()) + " ";
        return switch (entry.type()) {
            case FILED -> when + displayName(entry.actor()) + " 提交第 " + entry.version() + " 版"
                    + (entry.validationPassed() == null ? "" : entry.validationPassed()
                    ? "，自动校验通过" + (entry.validationWarnings() > 0 ? "（" + entry.validationWarnings() + " 条警告）" : "")
                    : "，自动校验发现 " + entry.validationErrors() + " 个错误，退回填报");
            case REVIEWED -> when + entry.level().label() + " " + displayName(entry.actor()) + " "
                    + entry.decision().label() + "第 " + entry.version() + " 版"
                    + (entry.opinion() == null ? "" : "：" + FormText.abbreviated(entry.opinion(), HISTORY_OPINION_LENGTH));
            case APPROVED -> when + "第 " + entry.version() + " 版已批准";
            case OPERATION -> when + displayName(entry.actor()) + " " + OPERATION_LABELS.getOrDefault(
                    entry.operation(), entry.operation());
        };
    }

    private String displayName(String userId) {
        User user = reads.withoutAuthorization(() -> identity.createUserQuery().userId(userId).singleResult());
        if (user == null) {
            return userId;
        }
        String name = (nullToEmpty(user.getFirstName()) + nullToEmpty(user.getLastName())).strip();
        return name.isEmpty() ? userId : name + "（" + userId + "）";
    }

    private static String nullToEmpty(String value) {
        return value == null ? "" : value;
    }

}

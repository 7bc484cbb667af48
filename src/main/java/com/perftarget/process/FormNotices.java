package com.perftarget.process;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.identity.User;
import org.springframework.stereotype.Component;

import com.perftarget.review.Decision;
import com.perftarget.review.ReviewDecision;
import com.perftarget.review.ReviewService;
import com.perftarget.submission.Stage;
import com.perftarget.submission.Submission;
import com.perftarget.validation.Finding;
import com.perftarget.validation.ValidationService;

/** What the forms show: the table, and beside it the Chinese texts (Markdown) of return notice, findings, history. */
@Component
public class FormNotices {

    private static final DateTimeFormatter TIME =
            DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").withZone(ZoneId.of("Asia/Shanghai"));

    private final ReviewService reviews;
    private final ValidationService validation;
    private final IdentityService identity;

    public FormNotices(ReviewService reviews, ValidationService validation, IdentityService identity) {
        this.reviews = reviews;
        this.validation = validation;
        this.identity = identity;
    }

    /** Puts the table on the task for its form, under a title naming the step and the project, with the history. */
    public void present(DelegateTask task, Stage stage, Submission submission) {
        task.setName(stage.label() + "：" + submission.getProjectName());
        task.setVariablesLocal(FormVariables.of(submission.table()));
        task.setVariableLocal(FormVariables.REVIEW_HISTORY, reviewHistory(submission.getId()).orElse(null));
    }

    /** Who returned the table, from which level, when and why; empty when the last decision was no return. */
    public Optional<String> returnNotice(long submissionId) {
        return reviews.latest(submissionId)
                .filter(decision -> decision.getDecision() == Decision.RETURN)
                .map(decision -> "**已被" + decision.getLevel().label() + " " + displayName(decision.getReviewer())
                        + " 于 " + TIME.format(decision.getDecidedAt()) + " 退回。**\n\n审核意见：" + decision.getOpinion());
    }

    /** The latest validation findings, one per line; empty when there are none. */
    public Optional<String> findings(long submissionId) {
        List<Finding> found = validation.latest(submissionId);
        if (found.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of("**自动校验结果：**\n\n" + found.stream().map(f -> "- " + f.describe())
                .collect(Collectors.joining("\n")));
    }

    /** Every decision so far, oldest first; empty before the first one. */
    public Optional<String> reviewHistory(long submissionId) {
        List<ReviewDecision> history = reviews.history(submissionId);
        if (history.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of("**历次审核意见：**\n\n" + history.stream()
                .map(d -> "- " + TIME.format(d.getDecidedAt()) + " " + d.getLevel().label() + " "
                        + displayName(d.getReviewer()) + "：" + d.getDecision().label()
                        + (d.getOpinion() == null ? "" : "。" + d.getOpinion()))
                .collect(Collectors.joining("\n")));
    }

    private String displayName(String userId) {
        User user = identity.createUserQuery().userId(userId).singleResult();
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

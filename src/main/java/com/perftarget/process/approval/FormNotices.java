package com.perftarget.process.approval;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.stream.Collectors;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.springframework.stereotype.Component;

import com.perftarget.history.HistoryEntry;
import com.perftarget.history.SubmissionHistory;
import com.perftarget.process.FormText;
import com.perftarget.review.Decision;
import com.perftarget.submission.Stage;
import com.perftarget.submission.Submission;
import com.perftarget.submission.SubmissionService;
import com.perftarget.table.TableDiff;
import com.perftarget.table.TargetTable;
import com.perftarget.validation.Finding;
import com.perftarget.validation.ValidationService;
import com.perftarget.version.VersionService;

/**
 * The Chinese texts (Markdown) the forms show beside the table: return notice, findings, changes and history, each
 * built by {@link FormText}: what people typed shows as typed, and no text outgrows a String variable. History,
 * return notice and changes come from one reading of the submission's history ({@link #of(long)}).
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

    private final ValidationService validation;
    private final VersionService versions;
    private final SubmissionHistory history;
    private final DisplayNames displayNames;
    private final SubmissionService submissions;

    public FormNotices(ValidationService validation, VersionService versions, SubmissionHistory history,
                       DisplayNames displayNames, SubmissionService submissions) {
        this.validation = validation;
        this.versions = versions;
        this.history = history;
        this.displayNames = displayNames;
        this.submissions = submissions;
    }

    /** The task's title in Tasklist: the step and the project. */
    public void title(DelegateTask task, Stage stage, Submission submission) {
        // A leader may hold last year's task beside this year's, under the same project name.
        task.setName(stage.label() + "：" + submission.getProjectName() + "（" + submission.getYear() + "）");
    }

    /** The submission's history as it stands, with the names of everyone in it, read once for all its notices. */
    public Notices of(long submissionId) {
        List<HistoryEntry> entries = history.of(submissionId);
        return new Notices(submissionId, entries, displayNames.of(entries.stream().map(HistoryEntry::actor)
                .filter(Objects::nonNull).collect(Collectors.toSet())));
    }

    /** The notices of one submission from one reading of its history. */
    public final class Notices {

        private final long submissionId;
        private final List<HistoryEntry> entries;
        private final Map<String, String> names;

        private Notices(long submissionId, List<HistoryEntry> entries, Map<String, String> names) {
            this.submissionId = submissionId;
            this.entries = entries;
            this.names = names;
        }

        /** Every version filed and every decision taken, oldest first; empty before the first filing. */
        public Optional<String> history() {
            if (entries.isEmpty()) {
                return Optional.empty();
            }
            return Optional.of(FormText.list("**填报与审核记录：**", entries.stream().map(this::describe).toList(),
                    true));
        }

        /**
         * The findings of the latest validated version, one per line; empty when there are none. That version is
         * known from the history just read, so only its findings are queried.
         */
        public Optional<String> findings() {
            OptionalInt latestValidated = entries.stream()
                    .filter(entry -> entry.type() == HistoryEntry.Type.FILED && entry.validationPassed() != null)
                    .mapToInt(HistoryEntry::version).max();
            List<Finding> found = latestValidated.isPresent()
                    ? validation.findings(submissionId, latestValidated.getAsInt()) : List.of();
            if (found.isEmpty()) {
                return Optional.empty();
            }
            return Optional.of(FormText.list("**自动校验结果：**", found.stream().map(Finding::describe).toList(),
                    false));
        }

        /** Who returned which version, from which level, when and why; empty when the last decision was no return. */
        public Optional<String> returnNotice() {
            return entries.stream().filter(entry -> entry.type() == HistoryEntry.Type.REVIEWED)
                    .reduce((earlier, later) -> later)
                    .filter(decision -> decision.decision() == Decision.RETURN)
                    .map(decision -> FormText.fit("**第 " + decision.version() + " 版已被"
                            + decision.level().label() + " " + FormText.literal(name(decision.actor()))
                            + " 于 " + TIME.format(decision.at()) + " 退回。**\n\n审核意见："
                            + FormText.literal(decision.opinion()), FormText.MAX_LENGTH));
        }

        /** What the version under review changed against the one before it, for the reviewer. */
        public String changes() {
            int latest = entries.stream().filter(entry -> entry.type() == HistoryEntry.Type.FILED)
                    .mapToInt(HistoryEntry::version).max().orElse(0);
            if (latest <= 1) {
                return lastYears().map(last -> {
                    List<String> lines = TableDiff.between(0, last, 1, versions.get(submissionId, 1).table())
                            .describe();
                    String heading = "**首次提交**（第 1 版），**与上年度结转来的表相比：**";
                    return lines.isEmpty() ? heading + " 没有修改。" : FormText.list(heading, lines, false);
                }).orElse("**首次提交**（第 1 版）");
            }
            List<String> lines = versions.diff(submissionId, latest - 1, latest).describe();
            String heading = "**第 " + latest + " 版与第 " + (latest - 1) + " 版相比：**";
            return lines.isEmpty() ? heading + " 没有修改。" : FormText.list(heading, lines, false);
        }

        /** Last year's table a carried-over project started from, for the reviewer's comparison. */
        private Optional<TargetTable> lastYears() {
            return entries.stream().anyMatch(entry -> entry.type() == HistoryEntry.Type.CARRIED_OVER)
                    ? submissions.get(submissionId).getCarryOver().flatMap(submissions::carriedFromTable)
                    : Optional.empty();
        }

        private String name(String userId) {
            return names.getOrDefault(userId, userId);
        }

        private String describe(HistoryEntry entry) {
            String when = TIME.format(entry.at()) + " ";
            return switch (entry.type()) {
                case CARRIED_OVER -> when + "由上年度项目 " + entry.details() + (entry.version() == null ? ""
                        : "（第 " + entry.version() + " 版）") + " 结转而来";
                case FILED -> when + name(entry.actor()) + " 提交第 " + entry.version() + " 版"
                        + (entry.validationPassed() == null ? "" : entry.validationPassed()
                        ? "，自动校验通过" + (entry.validationWarnings() > 0 ? "（" + entry.validationWarnings() + " 条警告）" : "")
                        : "，自动校验发现 " + entry.validationErrors() + " 个错误，退回填报");
                case REVIEWED -> when + entry.level().label() + " " + name(entry.actor()) + " "
                        + entry.decision().label() + "第 " + entry.version() + " 版"
                        + (entry.opinion() == null ? "" : "：" + FormText.abbreviated(entry.opinion(), HISTORY_OPINION_LENGTH));
                case APPROVED -> when + "第 " + entry.version() + " 版已批准";
                case WITHDRAWN -> when + name(entry.actor()) + " 撤回了项目：" + FormText.abbreviated(entry.opinion(),
                        HISTORY_OPINION_LENGTH);
                case OPERATION -> when + name(entry.actor()) + " " + OPERATION_LABELS.getOrDefault(
                        entry.operation(), entry.operation());
            };
        }
    }
}

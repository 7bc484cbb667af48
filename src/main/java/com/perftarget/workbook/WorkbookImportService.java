package com.perftarget.workbook;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import com.fasterxml.jackson.annotation.JsonUnwrapped;
import com.perftarget.onboarding.OnboardingService;
import com.perftarget.shared.FieldError;
import com.perftarget.shared.InvalidInputException;
import com.perftarget.submission.FundKind;
import com.perftarget.submission.Stage;
import com.perftarget.submission.Submission;
import com.perftarget.submission.SubmissionDetails;
import com.perftarget.submission.SubmissionService;
import com.perftarget.submission.SubmissionStatus;
import com.perftarget.table.TableDraftChecker;
import com.perftarget.table.TableField;
import com.perftarget.table.TargetTable;

/**
 * Workbooks in: read (and answered without saving anything), imported into a leader's open 填报 as the form's
 * prefilled table, or imported by a unit's finance as the unit-year's drafts. Any problem anywhere in the file and
 * nothing is saved; each is named by sheet and cell.
 */
@Service
public class WorkbookImportService {

    /** A table read from a sheet, in the JSON shape of a submission's table, with the sheet's name. */
    public record ReadTable(String sheet, @JsonUnwrapped TargetTable table) {
    }

    /** What a workbook holds, without anything saved: its tables, the problems by cell, and notices (formulas). */
    public record ReadWorkbook(List<ReadTable> tables, List<WorkbookProblem> problems, List<String> notices) {
    }

    /** What a unit-year import did: the drafts updated and created, and the notices. */
    public record UnitYearImport(List<SubmissionDetails> updated, List<SubmissionDetails> created,
                                 List<String> notices) {
    }

    private final WorkbookReader reader;
    private final TableDraftChecker checker;
    private final SubmissionService submissions;
    private final OnboardingService onboarding;

    public WorkbookImportService(WorkbookProperties limits, TableDraftChecker checker, SubmissionService submissions,
                                 OnboardingService onboarding) {
        this.reader = new WorkbookReader(limits);
        this.checker = checker;
        this.submissions = submissions;
        this.onboarding = onboarding;
    }

    /** Every table of the workbook, checked as a filing is; each sheet's unit code stands as written. */
    public ReadWorkbook read(byte[] file) {
        WorkbookReader.Contents contents = reader.read(file);
        List<WorkbookProblem> problems = new ArrayList<>(contents.problems());
        List<ReadTable> tables = new ArrayList<>();
        for (WorkbookReader.SheetTable sheet : contents.tables()) {
            check(sheet, sheet.draft().unitCode(), problems)
                    .ifPresent(table -> tables.add(new ReadTable(sheet.sheet(), table)));
        }
        return new ReadWorkbook(tables, problems, contents.notices());
    }

    /**
     * The workbook's one table becomes the table the leader is filling in (not filed: the form opens with it).
     * Refused with the problems by cell, or when the table is no longer at 填报.
     */
    @Transactional
    public SubmissionDetails prefill(long submissionId, byte[] file) {
        Submission submission = submissions.get(submissionId);
        WorkbookReader.Contents contents = reader.read(file);
        List<WorkbookProblem> problems = new ArrayList<>(contents.problems());
        if (contents.tables().size() != 1) {
            problems.add(new WorkbookProblem("", contents.tables().isEmpty()
                    ? "工作簿中没有绩效目标表（找不到「项目名称」和「一级指标」）"
                    : "工作簿中有 " + contents.tables().size() + " 张绩效目标表，请只保留「"
                    + submission.getProjectName() + "」的一张"));
            throw refused(problems);
        }
        Optional<TargetTable> table = check(contents.tables().get(0), submission.getUnitCode(), problems);
        if (!problems.isEmpty() || table.isEmpty()) {
            throw refused(problems);
        }
        submissions.prefill(submissionId, table.get());
        return submissions.details(submissionId);
    }

    /**
     * A workbook with a sheet per project: a sheet whose 项目名称 is one of the unit-year's projects replaces that
     * draft (only at 填报); any other opens a new project for the leader its 项目负责人 names, with the fund kind its
     * row of the 汇总 sheet gives. All or nothing.
     */
    @Transactional
    public UnitYearImport importUnitYear(String unitCode, int year, byte[] file) {
        WorkbookReader.Contents contents = reader.read(file);
        List<WorkbookProblem> problems = new ArrayList<>(contents.problems());
        if (contents.tables().isEmpty()) {
            problems.add(new WorkbookProblem("", "工作簿中没有绩效目标表（找不到「项目名称」和「一级指标」）"));
        }
        Map<String, Submission> existing = new HashMap<>();
        int lastSequenceNo = 0;
        for (Submission project : submissions.list(unitCode, year)) {
            if (project.getStatus() != SubmissionStatus.WITHDRAWN) {
                existing.put(project.getProjectName(), project);
            }
            lastSequenceNo = Math.max(lastSequenceNo, project.getSequenceNo());
        }
        Map<String, FundKind> fundKinds = SummarySheet.fundKinds(contents.otherSheets());
        List<Runnable> changes = new ArrayList<>();
        List<SubmissionDetails> updated = new ArrayList<>();
        List<SubmissionDetails> created = new ArrayList<>();
        int sequenceNo = lastSequenceNo;
        for (WorkbookReader.SheetTable sheet : contents.tables()) {
            Optional<TargetTable> checked = check(sheet, unitCode, problems);
            if (checked.isEmpty()) {
                continue;
            }
            TargetTable table = checked.get();
            String nameCell = sheet.cellOf(TableField.PROJECT_NAME.key());
            Submission project = existing.get(table.projectName());
            if (project != null) {
                if (project.getStage() != Stage.FILL_TARGETS) {
                    problems.add(WorkbookProblem.at(nameCell, "「" + table.projectName()
                            + "」已报送审核或已批准，不能用导入修改"));
                    continue;
                }
                changes.add(() -> {
                    submissions.prefill(project.getId(), table);
                    updated.add(submissions.details(project.getId()));
                });
                continue;
            }
            List<String> leaders = onboarding.leadersNamed(unitCode, table.leader());
            FundKind kind = fundKinds.get(table.projectName());
            if (leaders.size() != 1) {
                problems.add(WorkbookProblem.at(sheet.cellOf(TableField.LEADER.key()),
                        leaders.isEmpty() ? "项目负责人「" + table.leader() + "」不是本单位登记的项目负责人"
                                : "本单位有 " + leaders.size() + " 位名叫「" + table.leader() + "」的项目负责人，无法确定是谁"));
            } else if (kind == null) {
                problems.add(WorkbookProblem.at(nameCell, "新项目「" + table.projectName()
                        + "」需要在「汇总」表中写明资金性质（一般性项目或专项资金）"));
            } else {
                int next = ++sequenceNo;
                String leader = leaders.get(0);
                changes.add(() -> created.add(submissions.details(
                        onboarding.ensureSubmission(unitCode, year, next, leader, kind, table).getId())));
            }
        }
        if (!problems.isEmpty()) {
            throw refused(problems);
        }
        changes.forEach(Runnable::run);
        return new UnitYearImport(updated, created, contents.notices());
    }

    /** The sheet's draft checked as a filing is; each refusal named at the cell its value came from. */
    private Optional<TargetTable> check(WorkbookReader.SheetTable sheet, String unitCode,
                                        List<WorkbookProblem> problems) {
        TableDraftChecker.Inspection inspection = checker.inspect(sheet.draft(), unitCode);
        for (TableDraftChecker.Refusal refusal : inspection.refusals()) {
            problems.add(WorkbookProblem.at(sheet.cellOf(refusal.field()), refusal.message()));
        }
        return inspection.refusals().isEmpty()
                ? Optional.of(TargetTable.of(inspection.values()::get, inspection.indicators())) : Optional.empty();
    }

    private static InvalidInputException refused(List<WorkbookProblem> problems) {
        return new InvalidInputException(problems.stream()
                .map(p -> new FieldError(p.cell(), p.message())).toList());
    }
}

package com.perftarget.validation;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import com.perftarget.shared.FieldError;
import com.perftarget.shared.InvalidInputException;
import com.perftarget.submission.Submission;
import com.perftarget.submission.SubmissionService;
import com.perftarget.table.TableDraft;
import com.perftarget.unit.BudgetUnitRepository;
import com.perftarget.unit.UnitBudget;
import com.perftarget.unit.UnitBudgetRepository;
import com.perftarget.version.Version;
import com.perftarget.version.VersionService;

/** Validates the latest version of a submission under its unit-year's profile and keeps the result with that version. */
@Service
@Transactional
public class ValidationService {

    static final int MIN_YEAR = 2000;
    static final int MAX_YEAR = 2100;

    private final SubmissionService submissions;
    private final VersionService versions;
    private final RuleTablesSource rules;
    private final UnitBudgetRepository budgets;
    private final BudgetUnitRepository units;
    private final ValidationFindingRepository findings;
    private final ValidationRunRepository runs;

    public ValidationService(SubmissionService submissions, VersionService versions, RuleTablesSource rules,
                             UnitBudgetRepository budgets, BudgetUnitRepository units,
                             ValidationFindingRepository findings, ValidationRunRepository runs) {
        this.submissions = submissions;
        this.versions = versions;
        this.rules = rules;
        this.budgets = budgets;
        this.units = units;
        this.findings = findings;
        this.runs = runs;
    }

    /**
     * Runs the rules of the unit-year's profile on the latest version (and compares its 年度绩效目标 with the other
     * projects' of the unit-year), stores the findings and the result with that version, and returns the findings.
     */
    public List<Finding> validate(long submissionId) {
        Submission submission = submissions.get(submissionId);
        Version version = versions.latest(submissionId).orElseThrow(
                () -> new IllegalStateException("填报 " + submissionId + " 还没有提交过的版本可以校验"));
        TableDraft table = TableDraft.of(version.table());
        List<Finding> found = new ArrayList<>(new TableValidator(rules.current())
                .check(table, profileOf(submission.getUnitCode(), submission.getYear()), submission.getYear())
                .findings());
        // Only the projects with the same goal are read: the cost does not grow with the unit-year's project count.
        String goal = TableValidator.text(table.annualGoal());
        Map<String, String> otherGoals = new LinkedHashMap<>();
        if (goal != null) {
            submissions.projectsWithAnnualGoal(submission, goal).forEach(project -> otherGoals.put(project, goal));
        }
        found.addAll(TableValidator.duplicateAnnualGoal(table, otherGoals));
        Instant now = Instant.now();
        found.forEach(f -> findings.save(new ValidationFinding(submissionId, version.version(), f, now)));
        runs.save(new ValidationRun(submissionId, version.version(), !blocks(found), count(found, Severity.ERROR),
                count(found, Severity.WARNING)));
        return found;
    }

    /**
     * Validates a table as sent, saving nothing (the API's dry run): under {@code profile} (a family or an alias;
     * {@code null} detects the family from the table) and in {@code year} ({@code null}: not held to a budget year).
     */
    @Transactional(readOnly = true)
    public TableValidator.Outcome validate(TableDraft table, String profile, Integer year) {
        RuleTables tables = rules.current();
        if (profile != null && tables.resolve(profile).isEmpty()) {
            throw new UnknownProfileException(profile, tables.profileNames());
        }
        if (year != null && (year < MIN_YEAR || year > MAX_YEAR)) {
            throw new InvalidInputException(List.of(new FieldError("year",
                    "预算年度应在 " + MIN_YEAR + "～" + MAX_YEAR + " 年之间，收到 " + year)));
        }
        return new TableValidator(tables).check(table, profile, year);
    }

    /** The unit check of a unit-year against the budget figures stored for it. */
    @Transactional(readOnly = true)
    public List<Finding> checkUnit(String unitCode, int year) {
        UnitBudget budget = budgets.findById(new UnitBudget.Key(unitCode, year)).filter(UnitBudget::hasFigures)
                .orElseThrow(() -> new NoBudgetFiguresException(unitCode, year));
        List<UnitCrossCheck.ProjectAmount> projects = submissions.listActive(unitCode, year).stream()
                .map(s -> new UnitCrossCheck.ProjectAmount(s.getProjectName(), s.getFundKind(), s.getYearAmount()))
                .toList();
        return UnitCrossCheck.check(projects, new UnitCrossCheck.Budget(budget.getProjectExpenditure(),
                budget.getGeneralProjects(), budget.getSpecialFunds()));
    }

    /**
     * The profile of a unit-year as stored with its budget figures, else the one the unit was registered with;
     * {@code null} (none) lets the table's labels decide.
     */
    String profileOf(String unitCode, int year) {
        return units.findProfile(unitCode, year).orElse(null);
    }

    /** The findings of one validated version, in the order they were found. */
    @Transactional(readOnly = true)
    public List<Finding> findings(long submissionId, int versionNo) {
        return findings.findBySubmissionIdAndVersionNo(submissionId, versionNo).stream()
                .map(ValidationFinding::toFinding).toList();
    }

    /** The validation result of each validated version, by version number. */
    @Transactional(readOnly = true)
    public Map<Integer, ValidationRun> results(long submissionId) {
        return runs.findBySubmissionId(submissionId).stream()
                .collect(Collectors.toMap(ValidationRun::getVersionNo, Function.identity()));
    }

    /** Every version filed, oldest first, each with its validation's result once validated. */
    @Transactional(readOnly = true)
    public List<FiledVersion> filedVersions(long submissionId) {
        return runs.findFiledVersions(submissionId);
    }

    public static boolean blocks(List<Finding> found) {
        return found.stream().anyMatch(f -> f.severity() == Severity.ERROR);
    }

    private static int count(List<Finding> found, Severity severity) {
        return (int) found.stream().filter(f -> f.severity() == severity).count();
    }
}

package com.perftarget.validation;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import com.perftarget.submission.Submission;
import com.perftarget.submission.SubmissionService;
import com.perftarget.table.TableDraft;
import com.perftarget.unit.UnitBudget;
import com.perftarget.unit.UnitBudgetRepository;
import com.perftarget.version.Version;
import com.perftarget.version.VersionService;

/** Validates the latest version of a submission under its unit-year's profile and keeps the result with that version. */
@Service
@Transactional
public class ValidationService {

    private final SubmissionService submissions;
    private final VersionService versions;
    private final RuleTablesSource rules;
    private final UnitBudgetRepository budgets;
    private final ValidationFindingRepository findings;
    private final ValidationRunRepository runs;
    private final String defaultProfile;

    public ValidationService(SubmissionService submissions, VersionService versions, RuleTablesSource rules,
                             UnitBudgetRepository budgets, ValidationFindingRepository findings,
                             ValidationRunRepository runs,
                             @Value("${perftarget.validation.default-profile}") String defaultProfile) {
        this.submissions = submissions;
        this.versions = versions;
        this.rules = rules;
        this.budgets = budgets;
        this.findings = findings;
        this.runs = runs;
        this.defaultProfile = defaultProfile;
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
                .validate(table, profileOf(submission.getUnitCode(), submission.getYear()), submission.getYear()));
        Map<String, String> otherGoals = new LinkedHashMap<>();
        submissions.list(submission.getUnitCode(), submission.getYear()).stream()
                .filter(other -> !other.getId().equals(submissionId))
                .forEach(other -> otherGoals.put(other.getProjectName(), other.getAnnualGoal()));
        found.addAll(TableValidator.duplicateAnnualGoal(table, otherGoals));
        Instant now = Instant.now();
        found.forEach(f -> findings.save(new ValidationFinding(submissionId, version.version(), f, now)));
        runs.save(new ValidationRun(submissionId, version.version(), !blocks(found), count(found, Severity.ERROR),
                count(found, Severity.WARNING)));
        return found;
    }

    /** Validates a table as sent under a profile, saving nothing (the API's dry run). */
    @Transactional(readOnly = true)
    public List<Finding> validate(TableDraft table, String profile) {
        RuleTables tables = rules.current();
        if (!tables.profiles().contains(profile)) {
            throw new UnknownProfileException(profile, tables.profiles());
        }
        return new TableValidator(tables).validate(table, profile, yearOf(profile));
    }

    /** The unit check of a unit-year against the budget figures stored for it. */
    @Transactional(readOnly = true)
    public List<Finding> checkUnit(String unitCode, int year) {
        UnitBudget budget = budgets.findById(new UnitBudget.Key(unitCode, year)).orElseThrow(
                () -> new NoBudgetFiguresException(unitCode, year));
        List<UnitCrossCheck.ProjectAmount> projects = submissions.list(unitCode, year).stream()
                .map(s -> new UnitCrossCheck.ProjectAmount(s.getProjectName(), s.getFundKind(), s.getYearAmount()))
                .toList();
        return UnitCrossCheck.check(projects, new UnitCrossCheck.Budget(budget.getProjectExpenditure(),
                budget.getGeneralProjects(), budget.getSpecialFunds()));
    }

    /** The profile of a unit-year: the one stored with its budget figures, else the default. */
    String profileOf(String unitCode, int year) {
        return budgets.findById(new UnitBudget.Key(unitCode, year)).map(UnitBudget::getProfile).orElse(defaultProfile);
    }

    /** A profile names its budget year last ({@code JY2021}). */
    static int yearOf(String profile) {
        return Integer.parseInt(profile.substring(profile.length() - 4));
    }

    /** The findings of the latest validated version; empty before the first validation. */
    @Transactional(readOnly = true)
    public List<Finding> latest(long submissionId) {
        return runs.findFirstBySubmissionIdOrderByVersionNoDesc(submissionId)
                .map(run -> findings.findBySubmissionIdAndVersionNoOrderById(submissionId, run.getVersionNo())
                        .stream().map(ValidationFinding::toFinding).toList())
                .orElse(List.of());
    }

    /** The validation result of each validated version, by version number. */
    @Transactional(readOnly = true)
    public Map<Integer, ValidationRun> results(long submissionId) {
        return runs.findBySubmissionIdOrderByVersionNo(submissionId).stream()
                .collect(Collectors.toMap(ValidationRun::getVersionNo, Function.identity()));
    }

    public static boolean blocks(List<Finding> found) {
        return found.stream().anyMatch(f -> f.severity() == Severity.ERROR);
    }

    private static int count(List<Finding> found, Severity severity) {
        return (int) found.stream().filter(f -> f.severity() == severity).count();
    }
}

package com.perftarget.round;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import com.perftarget.onboarding.RuleProfiles;
import com.perftarget.shared.FieldError;
import com.perftarget.shared.InvalidInputException;
import com.perftarget.submission.Submission;
import com.perftarget.submission.SubmissionService;
import com.perftarget.submission.SubmissionStatus;
import com.perftarget.table.TableDraftChecker;
import com.perftarget.unit.BudgetUnit;
import com.perftarget.unit.BudgetUnitRepository;
import com.perftarget.unit.UnitBudget;
import com.perftarget.unit.UnitBudgetRepository;
import com.perftarget.unit.UnitPerson.Role;
import com.perftarget.unit.UnitPersonRepository;
import com.perftarget.validation.Finding;
import com.perftarget.validation.Severity;
import com.perftarget.validation.ValidationService;

/**
 * A budget year's round: opening it for its units, each unit's budget figures, deadline and its extensions, the unit
 * cross-check once every project is approved, the bureau's 批复 and the unit's 公开. Knows nothing of the engine that
 * drives it.
 */
@Service
@Transactional
public class RoundService {

    private static final int FIRST_YEAR = 2000;
    private static final int LAST_YEAR = 2100;
    private static final int MAX_REASON = 500;
    /** Who opened a round started with nobody signed in (a script on the server). */
    static final String SYSTEM = "system";

    private final BudgetRoundRepository rounds;
    private final RoundUnitRepository roundUnits;
    private final RoundExtensionRepository extensions;
    private final BudgetUnitRepository units;
    private final UnitPersonRepository people;
    private final UnitBudgetRepository budgets;
    private final SubmissionService submissions;
    private final ValidationService validation;
    private final RuleProfiles profiles;

    public RoundService(BudgetRoundRepository rounds, RoundUnitRepository roundUnits,
                        RoundExtensionRepository extensions, BudgetUnitRepository units, UnitPersonRepository people,
                        UnitBudgetRepository budgets, SubmissionService submissions, ValidationService validation,
                        RuleProfiles profiles) {
        this.rounds = rounds;
        this.roundUnits = roundUnits;
        this.extensions = extensions;
        this.units = units;
        this.people = people;
        this.budgets = budgets;
        this.submissions = submissions;
        this.validation = validation;
        this.profiles = profiles;
    }

    /**
     * Opens the round: its units (each must have a 项目负责人 and a 单位财务), their deadline, and the round's profile as
     * the profile of each unit-year. Refused with every bad field named and nothing saved; a second round of a year
     * is {@link RoundExistsException}.
     */
    public BudgetRound open(NewRound request, String openedBy) {
        List<FieldError> errors = new ArrayList<>();
        Integer year = request.year();
        if (year == null || year < FIRST_YEAR || year > LAST_YEAR) {
            errors.add(new FieldError("year", "预算年度必填，应在 " + FIRST_YEAR + "–" + LAST_YEAR + " 之间"));
        } else if (rounds.existsById(year)) {
            throw new RoundExistsException(year);
        }
        String profile = profiles.resolve(request.profile());
        if (profile == null) {
            errors.add(new FieldError("profile", "规则集「" + Optional.ofNullable(request.profile()).orElse("")
                    + "」不存在，可选：" + String.join("、", profiles.names())));
        }
        LocalDate unitDeadline = date("unitDeadline", "单位报送截止日", request.unitDeadline(), errors);
        LocalDate bureauDeadline = date("bureauDeadline", "财政审核截止日", request.bureauDeadline(), errors);
        if (unitDeadline != null && unitDeadline.isBefore(RoundCalendar.today())) {
            errors.add(new FieldError("unitDeadline", "单位报送截止日 " + unitDeadline + " 已经过去"));
        }
        if (unitDeadline != null && bureauDeadline != null && bureauDeadline.isBefore(unitDeadline)) {
            errors.add(new FieldError("bureauDeadline", "财政审核截止日 " + bureauDeadline + " 不能早于单位报送截止日 "
                    + unitDeadline));
        }
        List<String> codes = unitsOf(request.units(), errors);
        if (year != null) {
            requireNoProjectsYet(year, codes, errors);
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        BudgetRound round = rounds.save(new BudgetRound(year, profile, unitDeadline, bureauDeadline,
                openedBy == null ? SYSTEM : openedBy, Instant.now()));
        Map<String, UnitBudget> figures = new HashMap<>();
        budgets.findByYear(year).forEach(budget -> figures.put(budget.getUnitCode(), budget));
        for (String code : codes) {
            roundUnits.save(new RoundUnit(year, code, unitDeadline));
            UnitBudget budget = figures.get(code);
            if (budget == null) {
                budgets.save(UnitBudget.profileOnly(code, year, profile));
            } else {
                budget.useProfile(profile);
            }
        }
        return round;
    }

    /** The units asked for, each known and with its people; none asked for: every registered unit. */
    private List<String> unitsOf(List<String> asked, List<FieldError> errors) {
        Set<String> codes = new LinkedHashSet<>();
        if (asked == null || asked.isEmpty()) {
            units.findAll().stream().map(BudgetUnit::getCode).sorted().forEach(codes::add);
            if (codes.isEmpty()) {
                errors.add(new FieldError("units", "还没有登记任何单位"));
            }
        } else {
            for (int i = 0; i < asked.size(); i++) {
                String code = asked.get(i) == null ? "" : asked.get(i).strip();
                if (!units.existsById(code)) {
                    errors.add(new FieldError("units[" + i + "]", "单位「" + code + "」未登记"));
                } else {
                    codes.add(code);
                }
            }
        }
        Map<String, Set<Role>> roles = new HashMap<>();
        people.unitRoles().forEach(row -> roles.computeIfAbsent(row.getUnitCode(), code -> EnumSet.noneOf(Role.class))
                .add(row.getRole()));
        for (String code : codes) {
            Set<Role> has = roles.getOrDefault(code, Set.of());
            List<String> missing = EnumSet.allOf(Role.class).stream().filter(role -> !has.contains(role))
                    .map(Role::label).toList();
            if (!missing.isEmpty()) {
                errors.add(new FieldError("units", "单位 " + code + " 还没有登记" + String.join("和", missing)));
            }
        }
        return List.copyOf(codes);
    }

    /**
     * A unit's projects of the year run inside its round, so a unit that already has some (opened or carried over
     * before the round) is named: they would run outside it, and its filing could not wait for them.
     */
    private void requireNoProjectsYet(int year, List<String> codes, List<FieldError> errors) {
        Map<String, Long> projects = new HashMap<>();
        submissions.countByUnit(year).stream().filter(count -> count.getStatus() != SubmissionStatus.WITHDRAWN)
                .forEach(count -> projects.merge(count.getUnitCode(), count.getCount(), Long::sum));
        codes.stream().filter(projects::containsKey).forEach(code -> errors.add(new FieldError("units",
                "单位 " + code + " 已有 " + projects.get(code) + " 个 " + year + " 年度项目在轮次之外办理，请先撤回再开启轮次")));
    }

    private static LocalDate date(String field, String label, String raw, List<FieldError> errors) {
        if (raw == null || raw.isBlank()) {
            errors.add(new FieldError(field, label + "必填"));
            return null;
        }
        try {
            return LocalDate.parse(raw.strip());
        } catch (DateTimeParseException e) {
            errors.add(new FieldError(field, label + "「" + raw.strip() + "」不是有效日期，应写作 2022-01-20 的格式"));
            return null;
        }
    }

    @Transactional(readOnly = true)
    public Optional<BudgetRound> find(int year) {
        return rounds.findById(year);
    }

    /** Every round, the latest year first. */
    @Transactional(readOnly = true)
    public List<BudgetRound> all() {
        return rounds.findAll(Sort.by("year").descending());
    }

    @Transactional(readOnly = true)
    public List<RoundUnit> units(int year) {
        return roundUnits.findByYearOrderByUnitCode(year);
    }

    @Transactional(readOnly = true)
    public Optional<RoundUnit> unit(int year, String unitCode) {
        return roundUnits.findById(new RoundUnit.Key(year, unitCode));
    }

    /** The unit's deadline in the round as it stands (extended or not). */
    @Transactional(readOnly = true)
    public LocalDate unitDeadline(int year, String unitCode) {
        return required(year, unitCode).getUnitDeadline();
    }

    @Transactional(readOnly = true)
    public LocalDate bureauDeadline(int year) {
        return rounds.findById(year).map(BudgetRound::getBureauDeadline)
                .orElseThrow(() -> new RoundStateException(year + " 年度没有预算轮次"));
    }

    /** The 单位财务's figures: 项目支出 = 一般性项目 + 专项资金 (万元), the figures the cross-check uses. */
    public UnitBudget recordFigures(int year, String unitCode, String generalProjects, String specialFunds) {
        required(year, unitCode);
        List<FieldError> errors = new ArrayList<>();
        BigDecimal general = TableDraftChecker.amount("generalProjects", "一般性项目", generalProjects, errors);
        BigDecimal special = TableDraftChecker.amount("specialFunds", "专项资金", specialFunds, errors);
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        UnitBudget budget = budgets.findById(new UnitBudget.Key(unitCode, year)).orElseThrow();
        budget.recordFigures(general, special);
        return budget;
    }

    /** How many of the unit's projects are neither approved nor withdrawn, counted in the database. */
    @Transactional(readOnly = true)
    public int openProjectCount(int year, String unitCode) {
        return Math.toIntExact(submissions.countOpen(unitCode, year));
    }

    /** The unit's projects not yet approved nor withdrawn. */
    @Transactional(readOnly = true)
    public List<Submission> openProjects(int year, String unitCode) {
        return submissions.listActive(unitCode, year).stream()
                .filter(submission -> submission.getStatus() != SubmissionStatus.APPROVED).toList();
    }

    /** Runs the unit cross-check of the unit-year and keeps its outcome; the findings (none: it passed). */
    public List<Finding> crossCheck(int year, String unitCode) {
        RoundUnit unit = required(year, unitCode);
        List<Finding> found = findingsOf(year, unitCode);
        unit.checked(ValidationService.blocks(found) ? RoundUnit.CrossCheck.MISMATCH : RoundUnit.CrossCheck.PASSED);
        return found;
    }

    /** The findings of the cross-check as it would run now, saving nothing. */
    @Transactional(readOnly = true)
    public List<Finding> crossCheckFindings(int year, String unitCode) {
        required(year, unitCode);
        return findingsOf(year, unitCode);
    }

    private List<Finding> findingsOf(int year, String unitCode) {
        return budgets.findById(new UnitBudget.Key(unitCode, year)).filter(UnitBudget::hasFigures)
                .map(budget -> validation.checkUnit(unitCode, year))
                .orElse(List.of(new Finding("unit.noFigures", Severity.ERROR, "projectExpenditure", null, null,
                        "尚未录入单位的预算数（一般性项目、专项资金）")));
    }

    /** Moves a late unit's deadline later, with the reason kept; the new deadline must be after the current one. */
    public RoundUnit extend(int year, String unitCode, String newDeadline, String reason, String by) {
        RoundUnit unit = required(year, unitCode);
        List<FieldError> errors = new ArrayList<>();
        LocalDate deadline = date("newDeadline", "延期后的截止日", newDeadline, errors);
        if (deadline != null && !deadline.isAfter(unit.getUnitDeadline())) {
            errors.add(new FieldError("newDeadline", "延期后的截止日应晚于现在的截止日 " + unit.getUnitDeadline()));
        }
        String why = reason == null ? null : reason.strip();
        if (why == null || why.isEmpty()) {
            errors.add(new FieldError("extensionReason", "请填写延期理由"));
        } else if (why.length() > MAX_REASON) {
            errors.add(new FieldError("extensionReason", "延期理由最多 " + MAX_REASON + " 个字"));
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        extensions.save(new RoundExtension(year, unitCode, unit.getUnitDeadline(), deadline, why, by, Instant.now()));
        unit.extendTo(deadline);
        return unit;
    }

    @Transactional(readOnly = true)
    public List<RoundExtension> extensions(int year, String unitCode) {
        return extensions.findByYearAndUnitCodeOrderById(year, unitCode);
    }

    /** The bureau's 批复 of the unit's budget, once its cross-check passed; the 公开 deadline runs from its date. */
    public RoundUnit approve(int year, String unitCode, String approvedOn, String by) {
        RoundUnit unit = required(year, unitCode);
        if (unit.getCrossCheck() != RoundUnit.CrossCheck.PASSED) {
            throw new RoundStateException("单位 " + unitCode + " 的交叉校验尚未通过，不能批复");
        }
        List<FieldError> errors = new ArrayList<>();
        LocalDate on = date("approvedOn", "批复日期", approvedOn, errors);
        if (on != null && on.isAfter(RoundCalendar.today())) {
            errors.add(new FieldError("approvedOn", "批复日期 " + on + " 不能晚于今天"));
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        unit.approved(on, by);
        return unit;
    }

    /** The unit published (公开) its budget and performance targets on this date. */
    public RoundUnit publish(int year, String unitCode, String publishedOn) {
        RoundUnit unit = required(year, unitCode);
        if (unit.getApprovedOn() == null) {
            throw new RoundStateException("单位 " + unitCode + " 的预算尚未批复，不能登记公开");
        }
        List<FieldError> errors = new ArrayList<>();
        LocalDate on = date("publishedOn", "公开日期", publishedOn, errors);
        if (on != null && on.isBefore(unit.getApprovedOn())) {
            errors.add(new FieldError("publishedOn", "公开日期不能早于批复日期 " + unit.getApprovedOn()));
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        unit.published(on);
        return unit;
    }

    private RoundUnit required(int year, String unitCode) {
        return roundUnits.findById(new RoundUnit.Key(year, unitCode)).orElseThrow(
                () -> new RoundStateException("单位 " + unitCode + " 不在 " + year + " 年度的预算轮次中"));
    }
}

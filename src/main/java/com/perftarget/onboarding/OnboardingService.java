package com.perftarget.onboarding;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import com.perftarget.access.Groups;
import com.perftarget.shared.FieldError;
import com.perftarget.shared.InvalidInputException;
import com.perftarget.submission.AlreadyCarriedOverException;
import com.perftarget.submission.CarryOver;
import com.perftarget.submission.FundKind;
import com.perftarget.submission.Submission;
import com.perftarget.submission.SubmissionService;
import com.perftarget.submission.SubmissionStatus;
import com.perftarget.table.TableDraft;
import com.perftarget.table.TableDraftChecker;
import com.perftarget.table.TableField;
import com.perftarget.table.TargetTable;
import com.perftarget.unit.BudgetUnit;
import com.perftarget.unit.BudgetUnitRepository;
import com.perftarget.unit.UnitPerson;
import com.perftarget.unit.UnitPerson.Role;
import com.perftarget.unit.UnitPersonRepository;
import com.perftarget.version.VersionApproval;
import com.perftarget.version.VersionService;

/**
 * Brings the finance bureau, units, their people and their projects into the workflow: the unit row, the groups
 * (leaders, finance, bureau, administrators), memberships, Tasklist rights and filters, and a project's submission
 * with its approval started. Everything is created only where missing, so calling again changes nothing.
 */
@Service
@Transactional
public class OnboardingService {

    /** The budget years projects are opened for. */
    static final int MIN_YEAR = 2000;
    static final int MAX_YEAR = 2100;

    private final BudgetUnitRepository units;
    private final UnitPersonRepository people;
    private final SubmissionService submissions;
    private final WorkflowDirectory directory;
    private final ApprovalLauncher approvals;
    private final RuleProfiles profiles;
    private final InitialPasswords passwords;
    private final VersionService versions;
    private final TableDraftChecker checker;

    public OnboardingService(BudgetUnitRepository units, UnitPersonRepository people, SubmissionService submissions,
                             WorkflowDirectory directory, ApprovalLauncher approvals, RuleProfiles profiles,
                             InitialPasswords passwords, VersionService versions, TableDraftChecker checker) {
        this.units = units;
        this.people = people;
        this.submissions = submissions;
        this.directory = directory;
        this.approvals = approvals;
        this.profiles = profiles;
        this.passwords = passwords;
        this.versions = versions;
        this.checker = checker;
    }

    /** The finance bureau's reviewers and the administrators, as groups with their rights. */
    public void ensureBureauAndAdministrators() {
        directory.ensureWorkflowGroup(Groups.FINANCE_BUREAU, "财政局");
        directory.grantReadAllApprovals(Groups.FINANCE_BUREAU);
        directory.ensureGroup(Groups.ADMIN, "管理员");
        directory.ensureTasklistFilters(List.of(Groups.FINANCE_BUREAU));
    }

    /** A budget unit with its leaders' and finance groups. */
    public BudgetUnit ensureUnit(String code, String name) {
        BudgetUnit unit = units.findById(code).orElseGet(() -> units.save(new BudgetUnit(code, name)));
        directory.ensureWorkflowGroup(Groups.unitLeaders(code), name + "项目负责人");
        directory.ensureWorkflowGroup(Groups.unitFinance(code), name + "单位财务");
        directory.ensureTasklistFilters(List.of(Groups.unitLeaders(code), Groups.unitFinance(code)));
        return unit;
    }

    /**
     * A person of a unit, in the group of their role, recorded with their name (and phone). The unit must have been
     * brought in; the password applies only when the login is new.
     */
    public void ensurePerson(String unitCode, String login, String displayName, Role role, String password) {
        ensurePerson(unitCode, login, displayName, role, null, password);
    }

    private void ensurePerson(String unitCode, String login, String displayName, Role role, String phone,
                              String password) {
        if (!units.existsById(unitCode)) {
            throw new IllegalArgumentException("unit " + unitCode + " has not been brought in");
        }
        directory.ensurePerson(login, displayName, password, groupOf(unitCode, role));
        people.findById(login).ifPresentOrElse(known -> known.update(displayName, phone),
                () -> people.save(new UnitPerson(login, unitCode, displayName, role, phone)));
    }

    /**
     * Registers a unit and its people (the bureau's 新增/更新单位, one by one or from a file): the unit row, its groups
     * and filters, each person's login, membership and record — as the demo has them. Refused with every bad field
     * named ({@link InvalidInputException}) before anything is saved. Registering the same again changes nothing.
     */
    public Registered register(UnitRegistration unit) {
        List<FieldError> errors = check(unit);
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        BudgetUnit saved = ensureUnit(unit.code().strip(), unit.name().strip());
        saved.update(unit.name().strip(), blankToNull(unit.parentCode()), profiles.resolve(unit.profile()));
        List<Registered.RegisteredPerson> registered = new ArrayList<>();
        for (UnitRegistration.Person person : unit.people()) {
            String login = person.login().strip();
            boolean isNew = !directory.exists(login);
            String password = isNew ? passwords.initial(person.password()) : null;
            Role role = Role.valueOf(person.role().strip());
            ensurePerson(saved.getCode(), login, person.name().strip(), role, blankToNull(person.phone()), password);
            boolean generated = isNew && (person.password() == null || person.password().isBlank())
                    && !passwords.isDemoDefault(password);
            registered.add(new Registered.RegisteredPerson(login, person.name().strip(), role.name(), blankToNull(person.phone()),
                    generated ? password : null));
        }
        return new Registered(saved.getCode(), saved.getName(), saved.getParentCode(), saved.getProfile(),
                registered);
    }

    /** Every bad field of a registration (keys {@code code}, {@code people[1].role}, …), checking against what exists. */
    @Transactional(readOnly = true)
    public List<FieldError> check(UnitRegistration unit) {
        return new RegistrationCheck(people, directory, profiles).of(unit);
    }

    private static String groupOf(String unitCode, Role role) {
        return role == Role.LEADER ? Groups.unitLeaders(unitCode) : Groups.unitFinance(unitCode);
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    public void ensureBureauReviewer(String login, String displayName, String password) {
        directory.ensurePerson(login, displayName, password, Groups.FINANCE_BUREAU);
    }

    public void ensureAdministrator(String login, String displayName, String password) {
        directory.ensurePerson(login, displayName, password, Groups.ADMIN);
    }

    /** A project's table of a budget year, waiting at 填报 for its leader; the existing one if it was opened before. */
    public Submission ensureSubmission(String unitCode, int year, int sequenceNo, String leaderLogin, FundKind kind,
                                       TargetTable table) {
        return submissions.findByBusinessKey(Submission.businessKey(unitCode, year, sequenceNo)).orElseGet(() -> {
            Submission opened = submissions.open(unitCode, year, sequenceNo, leaderLogin, kind, table);
            approvals.start(opened);
            return opened;
        });
    }

    /**
     * Adds a project to a unit's budget year: its table holds the name, the unit, the leader's name, the amounts and
     * the year as its period; it waits at 填报 for its leader (a LEADER of the unit) under the next free number.
     * Refused with every bad field named, and nothing opened.
     */
    public Submission openProject(String unitCode, int year, NewProject project) {
        requireBudgetYear(year);
        List<FieldError> errors = new ArrayList<>();
        TableDraft draft = TableDraft.of(field -> switch (field) {
            case PROJECT_NAME -> project.projectName();
            case TOTAL_AMOUNT -> project.totalAmount();
            case YEAR_AMOUNT -> project.yearAmount();
            default -> null;
        }, List.of());
        Set<String> checked = Set.of(TableField.PROJECT_NAME.key(), TableField.TOTAL_AMOUNT.key(),
                TableField.YEAR_AMOUNT.key());
        TableDraftChecker.Inspection inspection = checker.inspect(draft, unitCode);
        inspection.refusals().stream().filter(refusal -> checked.contains(refusal.field()))
                .forEach(refusal -> errors.add(new FieldError(refusal.field(), refusal.message())));
        String name = project.projectName() == null ? null : project.projectName().strip();
        List<Submission> existing = submissions.list(unitCode, year);
        if (name != null && existing.stream().anyMatch(s -> s.getProjectName().equals(name)
                && s.getStatus() != SubmissionStatus.WITHDRAWN)) {
            errors.add(new FieldError("projectName", "单位 " + unitCode + " " + year + " 年度已有项目「" + name + "」"));
        }
        Optional<UnitPerson> leader = project.leaderLogin() == null ? Optional.empty()
                : people.findById(project.leaderLogin().strip())
                .filter(p -> p.getUnitCode().equals(unitCode) && p.getRole() == Role.LEADER);
        if (leader.isEmpty()) {
            errors.add(new FieldError("leaderLogin", "「" + project.leaderLogin() + "」不是单位 " + unitCode
                    + " 登记的项目负责人"));
        }
        FundKind kind = Arrays.stream(FundKind.values()).filter(k -> k.name().equals(project.fundKind()))
                .findFirst().orElse(null);
        if (kind == null) {
            errors.add(new FieldError("fundKind", "资金性质只能是 GENERAL（一般性项目）或 SPECIAL（专项资金）"));
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        String leaderName = leader.get().getName();
        TargetTable table = TargetTable.of(field -> switch (field) {
            case PROJECT_NAME -> name;
            case UNIT_CODE -> unitCode;
            case LEADER -> leaderName;
            case START_DATE -> LocalDate.of(year, 1, 1);
            case END_DATE -> LocalDate.of(year, 12, 31);
            case TOTAL_AMOUNT, YEAR_AMOUNT -> inspection.values().get(field);
            default -> null;
        }, List.of());
        int sequenceNo = existing.stream().mapToInt(Submission::getSequenceNo).max().orElse(0) + 1;
        return ensureSubmission(unitCode, year, sequenceNo, leader.get().getLogin(), kind, table);
    }

    /** Withdraws a project before the bureau approved it: its approval ends, the reason stays in its history. */
    public Submission withdraw(long submissionId, String by, String reason) {
        Submission withdrawn = submissions.withdraw(submissionId, by, reason);
        approvals.withdraw(withdrawn, withdrawn.getWithdrawal().orElseThrow().reason());
        return withdrawn;
    }

    /**
     * Carries a unit's projects of last year into {@code year} (all, or those of {@code businessKeys}): each new table
     * starts from last year's approved version, else its latest filed version, else its table as it stood (the source
     * is kept with the submission and shown in its history), with last year's amounts as 上年度 and a one-year period
     * moved into {@code year} ({@link CarryOver#carried}); its approval starts at 填报 for the same leader. A project keeps its number where the year has it free.
     * Refused, with nothing opened, for a key that is not last year's project of the unit or was carried over before.
     */
    public List<Submission> carryOver(String unitCode, int year, List<String> businessKeys) {
        requireBudgetYear(year);
        List<Submission> last = submissions.listActive(unitCode, year - 1);
        List<Submission> chosen = chosen(unitCode, year - 1, last, businessKeys);
        List<String> twice = chosen.stream().filter(s -> submissions.isCarriedOver(s.getBusinessKey()))
                .map(s -> s.getBusinessKey() + " " + s.getProjectName()).toList();
        if (!twice.isEmpty()) {
            throw new AlreadyCarriedOverException(twice);
        }
        Set<Integer> taken = new HashSet<>();
        submissions.list(unitCode, year).forEach(s -> taken.add(s.getSequenceNo()));
        int next = taken.stream().mapToInt(Integer::intValue).max().orElse(0) + 1;
        List<Submission> opened = new ArrayList<>();
        for (Submission project : chosen) {
            int sequenceNo = project.getSequenceNo();
            if (!taken.add(sequenceNo)) {
                sequenceNo = next;
                taken.add(next);
            }
            next = Math.max(next, sequenceNo + 1);
            CarryOver from = sourceOf(project);
            TargetTable table = CarryOver.carried(from.versionNo() == null ? project.table()
                    : versions.get(project.getId(), from.versionNo()).table(), year);
            Submission carried = submissions.openCarriedOver(sequenceNo, project, year, table, from);
            approvals.start(carried);
            opened.add(carried);
        }
        return opened;
    }

    private static void requireBudgetYear(int year) {
        if (year < MIN_YEAR || year > MAX_YEAR) {
            throw new InvalidInputException(List.of(new FieldError("year",
                    "预算年度应在 " + MIN_YEAR + "～" + MAX_YEAR + " 年之间，收到 " + year)));
        }
    }

    private static List<Submission> chosen(String unitCode, int lastYear, List<Submission> last,
                                           List<String> businessKeys) {
        if (businessKeys == null || businessKeys.isEmpty()) {
            return last;
        }
        List<FieldError> errors = new ArrayList<>();
        List<Submission> chosen = new ArrayList<>();
        for (int i = 0; i < businessKeys.size(); i++) {
            String key = businessKeys.get(i);
            Optional<Submission> found = last.stream().filter(s -> s.getBusinessKey().equals(key)).findFirst();
            if (found.isEmpty()) {
                errors.add(new FieldError("businessKeys[" + i + "]",
                        "「" + key + "」不是单位 " + unitCode + " " + lastYear + " 年度的项目"));
            } else if (!chosen.contains(found.get())) {
                chosen.add(found.get());
            }
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        return chosen;
    }

    private CarryOver sourceOf(Submission last) {
        Instant now = Instant.now();
        Optional<VersionApproval> approved = versions.approval(last.getId());
        if (approved.isPresent()) {
            return new CarryOver(last.getBusinessKey(), CarryOver.Source.APPROVED, approved.get().getVersionNo(), now);
        }
        return versions.latestHeader(last.getId())
                .map(filed -> new CarryOver(last.getBusinessKey(), CarryOver.Source.FILED, filed.version(), now))
                .orElseGet(() -> new CarryOver(last.getBusinessKey(), CarryOver.Source.CURRENT, null, now));
    }

    /** The logins of the unit's project leaders whose name is {@code displayName} (as a table names its 项目负责人). */
    @Transactional(readOnly = true)
    public List<String> leadersNamed(String unitCode, String displayName) {
        return directory.loginsNamed(Groups.unitLeaders(unitCode), displayName);
    }

}

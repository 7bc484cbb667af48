package com.perftarget.seed;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.io.ResourceLoader;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

import com.perftarget.onboarding.OnboardingService;
import com.perftarget.onboarding.UnitRegistration;
import com.perftarget.shared.StartupLock;
import com.perftarget.submission.FundKind;
import com.perftarget.table.TargetTable;
import com.perftarget.unit.UnitBudget;
import com.perftarget.unit.UnitBudgetRepository;
import com.perftarget.unit.UnitPerson.Role;

/**
 * Loads the seed as demo data on start, through the same onboarding any unit goes through: the bureau and the
 * administrators, the unit with its budget figures and people, and its 16 tables as filed, each waiting at 填报. Everything
 * is created only where missing, so a restart changes nothing.
 */
@Component
@ConditionalOnProperty(name = "perftarget.demo.enabled", havingValue = "true")
public class DemoDataLoader implements ApplicationRunner {

    static final String UNIT_FINANCE_LOGIN_PREFIX = "finance-";
    static final String BUREAU_LOGIN = "bureau";
    /** A second administrator, so that a delayed or forgotten {@code admin} never leaves the demo without one. */
    static final String SECOND_ADMIN_LOGIN = "sysadmin";

    private final DemoProperties demo;
    private final ResourceLoader resources;
    private final UnitBudgetRepository budgets;
    private final OnboardingService onboarding;
    private final TransactionTemplate transaction;
    private final StartupLock startupLock;

    public DemoDataLoader(DemoProperties demo, ResourceLoader resources, UnitBudgetRepository budgets,
                          OnboardingService onboarding, TransactionTemplate transaction, StartupLock startupLock) {
        this.demo = demo;
        this.resources = resources;
        this.budgets = budgets;
        this.onboarding = onboarding;
        this.transaction = transaction;
        this.startupLock = startupLock;
    }

    @Override
    public void run(ApplicationArguments args) {
        String document = readSeed();
        List<SeedTable> seed = new SeedDocumentParser().parse(document);
        String unit = demo.unitCode();
        transaction.executeWithoutResult(status -> {
            // A second node starting at the same moment waits here, then finds everything in place.
            startupLock.holdUntilCommit();
            onboarding.ensureBureauAndAdministrators();
            // The unit and its people come in as the bureau registers any unit; their password is the demo one.
            Map<String, String> leaders = new LinkedHashMap<>();
            seed.forEach(table -> leaders.put(leaderLogin(table.table().leader()), table.table().leader()));
            List<UnitRegistration.Person> people = new ArrayList<>();
            leaders.forEach((login, name) -> people.add(
                    new UnitRegistration.Person(login, name, Role.LEADER.name(), null, null)));
            people.add(new UnitRegistration.Person(UNIT_FINANCE_LOGIN_PREFIX + unit, demo.unitName() + "财务",
                    Role.FINANCE.name(), null, null));
            onboarding.register(new UnitRegistration(unit, demo.unitName(), null, demo.profile(), people));
            onboarding.ensureBureauReviewer(BUREAU_LOGIN, "财政局审核员", demo.password());
            onboarding.ensureAdministrator(SECOND_ADMIN_LOGIN, "备用管理员", demo.password());

            UnitBudget.Key budgetKey = new UnitBudget.Key(unit, demo.year());
            if (!budgets.existsById(budgetKey)) {
                BudgetFigures figures = BudgetFigures.parse(document);
                budgets.save(new UnitBudget(unit, demo.year(), demo.profile(),
                        figures.projectExpenditure(), figures.generalProjects(), figures.specialFunds()));
            }
            for (SeedTable seedTable : seed) {
                TargetTable table = seedTable.table();
                FundKind kind = demo.generalProjects().contains(table.projectName())
                        ? FundKind.GENERAL : FundKind.SPECIAL;
                onboarding.ensureSubmission(unit, demo.year(), seedTable.position(), leaderLogin(table.leader()),
                        kind, table);
            }
        });
    }

    private String readSeed() {
        try (InputStream in = resources.getResource(demo.seedDocument()).getInputStream()) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new IllegalStateException("cannot read the seed document " + demo.seedDocument(), e);
        }
    }

    private String leaderLogin(String leaderName) {
        String login = demo.leaderLogins().get(leaderName);
        if (login == null) {
            throw new IllegalStateException("no login configured for the leader " + leaderName
                    + " (perftarget.demo.leader-logins)");
        }
        return login;
    }
}

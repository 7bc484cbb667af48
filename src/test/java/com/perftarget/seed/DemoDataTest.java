package com.perftarget.seed;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import javax.sql.DataSource;

import org.camunda.bpm.engine.FilterService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.flywaydb.core.api.configuration.Configuration;
import org.flywaydb.core.api.migration.Context;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import com.perftarget.process.approval.ApprovalProcess;
import com.perftarget.submission.AnnualGoalKeyMigration;
import com.perftarget.submission.Submission;
import com.perftarget.submission.SubmissionService;
import com.perftarget.submission.SubmissionStatus;
import com.perftarget.support.IntegrationTest;
import com.perftarget.support.SeedTables;
import com.perftarget.table.TargetTable;
import com.perftarget.unit.BudgetUnitRepository;

/** What the first start loads on PostgreSQL equals the seed, as filed. */
@IntegrationTest
class DemoDataTest {

    @Autowired SubmissionService submissions;
    @Autowired BudgetUnitRepository units;
    @Autowired RuntimeService runtime;
    @Autowired TaskService tasks;
    @Autowired IdentityService identity;
    @Autowired FilterService filters;
    @Autowired DemoDataLoader loader;
    @Autowired DataSource dataSource;

    @Test
    void loadsTheUnitAndItsSixteenTablesAsFiled() {
        assertThat(units.findById("020008")).hasValueSatisfying(u -> assertThat(u.getName()).isEqualTo("济源市公安局交通管理支队"));
        List<Submission> loaded = submissions.list("020008", 2021);
        assertThat(loaded).hasSize(16);
        assertThat(loaded).extracting(Submission::getBusinessKey)
                .containsExactly("020008-2021-01", "020008-2021-02", "020008-2021-03", "020008-2021-04",
                        "020008-2021-05", "020008-2021-06", "020008-2021-07", "020008-2021-08", "020008-2021-09",
                        "020008-2021-10", "020008-2021-11", "020008-2021-12", "020008-2021-13", "020008-2021-14",
                        "020008-2021-15", "020008-2021-16");
        assertThat(loaded).extracting(s -> submissions.details(s.getId()).table().indicators().size())
                .containsExactlyElementsOf(SeedDocumentParserTest.ROWS_PER_TABLE);
        assertThat(loaded.stream().map(Submission::getYearAmount).reduce(BigDecimal.ZERO, BigDecimal::add))
                .isEqualByComparingTo("2104.7");
        assertThat(loaded).allSatisfy(s -> assertThat(s.getStatus()).isEqualTo(SubmissionStatus.DRAFT));
    }

    @Test
    void everyStoredTableEqualsItsSeedTableFieldForField() {
        List<SeedTable> seed = SeedTables.parse();
        for (Submission submission : submissions.list("020008", 2021)) {
            TargetTable stored = submissions.details(submission.getId()).table();
            assertThat(stored).as(submission.getBusinessKey())
                    .isEqualTo(seed.get(submission.getSequenceNo() - 1).table());
        }
    }

    @Test
    void severalTablesHoldExactlyWhatTheSeedPrints() {
        TargetTable first = table("020008-2021-01");
        assertThat(first.projectName()).isEqualTo("车管业务经费");
        assertThat(first.leader()).isEqualTo("卢光伟");
        assertThat(first.totalAmount()).isEqualTo(new BigDecimal("272.50"));
        assertThat(first.indicators().get(7).target()).isEqualTo("≥30辆");

        TargetTable accidents = table("020008-2021-12");
        assertThat(accidents.projectName()).isEqualTo("公检法司部门装备信息化建设专项-道路交通事故专项经费");
        assertThat(accidents.contact()).isEqualTo("黄方明");
        assertThat(accidents.phone()).isEqualTo("13938170966");
        assertThat(accidents.annualGoal()).isEqualTo("“合理有效的解决了事故车辆停放的问题");
        assertThat(accidents.indicators().get(1).level2()).isEqualTo("预算目标");

        TargetTable alcohol = table("020008-2021-15");
        assertThat(alcohol.projectName()).isEqualTo("酒精检测费");
        assertThat(alcohol.leader()).isEqualTo("黄方明");
        assertThat(alcohol.yearAmount()).isEqualTo(new BigDecimal("7.00"));
        assertThat(alcohol.lastTotalAmount()).isEqualTo(new BigDecimal("7.00"));
        assertThat(alcohol.indicators()).hasSize(14);
        assertThat(alcohol.indicators().get(3).level1()).isEqualTo("投入与目标管理");
    }

    @Test
    void eachTableWaitsAtFillTargetsForItsLeader() {
        Map<String, String> leaderOf = Map.of("卢光伟", "luguangwei", "王明计", "wangmingji", "李明祥", "limingxiang",
                "黄方明", "huangfangming");
        for (Submission submission : submissions.list("020008", 2021)) {
            ProcessInstance instance = runtime.createProcessInstanceQuery()
                    .processInstanceBusinessKey(submission.getBusinessKey(), ApprovalProcess.KEY).singleResult();
            Task task = tasks.createTaskQuery().processInstanceId(instance.getId()).singleResult();
            assertThat(task.getTaskDefinitionKey()).isEqualTo(ApprovalProcess.FILL_TARGETS);
            assertThat(task.getAssignee()).isEqualTo(leaderOf.get(submission.getLeader()));
            assertThat(task.getName()).isEqualTo("填报绩效目标：" + submission.getProjectName() + "（2021）");
        }
    }

    @Test
    void demoLoginsAndTasklistFiltersExist() {
        for (String login : List.of("luguangwei", "wangmingji", "limingxiang", "huangfangming", "finance-020008",
                "bureau", "admin")) {
            assertThat(identity.checkPassword(login, "demo")).as(login).isTrue();
        }
        assertThat(identity.createUserQuery().memberOfGroup("unit-020008-finance").list())
                .extracting(u -> u.getId()).containsExactly("finance-020008");
        assertThat(identity.createUserQuery().memberOfGroup("finance-bureau").list())
                .extracting(u -> u.getId()).containsExactly("bureau");
        assertThat(identity.createUserQuery().userId("luguangwei").singleResult().getFirstName()).isEqualTo("卢光伟");
        assertThat(filters.createFilterQuery().filterName("我的待办").count()).isEqualTo(1);
        assertThat(filters.createFilterQuery().filterName("待认领（本组）").count()).isEqualTo(1);
    }

    @Test
    void loadingAgainDuplicatesNothing() throws Exception {
        long instances = runtime.createProcessInstanceQuery().processDefinitionKey(ApprovalProcess.KEY).count();

        loader.run(null);

        assertThat(submissions.list("020008", 2021)).hasSize(16);
        assertThat(runtime.createProcessInstanceQuery().processDefinitionKey(ApprovalProcess.KEY).count())
                .isEqualTo(instances);
        assertThat(filters.createFilterQuery().filterName("我的待办").count()).isEqualTo(1);
    }

    private TargetTable table(String businessKey) {
        return submissions.details(submissions.findByBusinessKey(businessKey).orElseThrow().getId()).table();
    }

    @Test
    void everyProjectCarriesTheKeyOfItsAnnualGoalAndTheMigrationGivesOlderRowsTheSameKey() throws Exception {
        Map<String, String> stored = goalKeys();
        assertThat(stored).hasSize(16);
        submissions.list("020008", 2021).forEach(submission -> assertThat(stored.get(submission.getBusinessKey()))
                .as(submission.getBusinessKey()).isNotNull()
                .isEqualTo(Submission.annualGoalKey(submission.getAnnualGoal())));

        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
            statement.executeUpdate("update submission set annual_goal_key = null");
            new AnnualGoalKeyMigration().migrate(new Context() {
                @Override
                public Configuration getConfiguration() {
                    return null;
                }

                @Override
                public Connection getConnection() {
                    return connection;
                }
            });
        }
        assertThat(goalKeys()).isEqualTo(stored);
    }

    private Map<String, String> goalKeys() throws SQLException {
        Map<String, String> keys = new HashMap<>();
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery("select business_key, annual_goal_key from submission "
                     + "where unit_code = '020008' and budget_year = 2021")) {
            while (rows.next()) {
                keys.put(rows.getString(1), rows.getString(2));
            }
        }
        return keys;
    }
}

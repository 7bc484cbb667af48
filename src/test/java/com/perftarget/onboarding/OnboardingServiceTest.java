package com.perftarget.onboarding;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import com.perftarget.access.Groups;
import com.perftarget.submission.FundKind;
import com.perftarget.submission.Submission;
import com.perftarget.support.IntegrationTest;
import com.perftarget.support.TestSubmissions;
import com.perftarget.table.TargetTable;
import com.perftarget.unit.UnitPerson.Role;

/** Bringing a unit, its people and a project in: what it creates, and that doing it again changes nothing. */
@IntegrationTest
class OnboardingServiceTest {

    private static final String UNIT = "020010";

    @Autowired OnboardingService onboarding;
    @Autowired JdbcTemplate jdbc;

    @Test
    void aUnitItsPeopleAndAProjectComeInOnceHoweverOftenTheyAreBroughtIn() {
        TargetTable table = TestSubmissions.seedTable(3);
        Submission first = bringIn(table);
        Map<String, Long> afterOnce = counts();
        assertThat(jdbc.queryForObject("select count(*) from act_id_membership where group_id_ = ? and user_id_ = ?",
                Long.class, Groups.unitLeaders(UNIT), "leader-020010")).isEqualTo(1);
        assertThat(jdbc.queryForObject("select count(*) from act_ru_task t join act_ru_execution e"
                + " on t.proc_inst_id_ = e.id_ where e.business_key_ = ? and t.assignee_ = ?", Long.class,
                first.getBusinessKey(), "leader-020010")).isEqualTo(1);

        Submission again = bringIn(table);
        assertThat(again.getId()).isEqualTo(first.getId());
        assertThat(counts()).isEqualTo(afterOnce);
    }

    @Test
    void peopleJoinOnlyAUnitThatWasBroughtIn() {
        assertThatThrownBy(() -> onboarding.ensurePerson("999999", "nobody-999999", "无名", Role.LEADER, "pw"))
                .isInstanceOf(IllegalArgumentException.class);
    }

    private Submission bringIn(TargetTable table) {
        onboarding.ensureBureauAndAdministrators();
        onboarding.ensureUnit(UNIT, "测试单位");
        onboarding.ensurePerson(UNIT, "leader-020010", "测试负责人", Role.LEADER, "pw-020010");
        onboarding.ensurePerson(UNIT, "finance-020010", "测试财务", Role.FINANCE, "pw-020010");
        return onboarding.ensureSubmission(UNIT, 2031, 1, "leader-020010", FundKind.SPECIAL, table);
    }

    private Map<String, Long> counts() {
        return Map.of(
                "units", count("select count(*) from budget_unit"),
                "submissions", count("select count(*) from submission"),
                "users", count("select count(*) from act_id_user"),
                "groups", count("select count(*) from act_id_group"),
                "memberships", count("select count(*) from act_id_membership"),
                "grants", count("select count(*) from act_ru_authorization"),
                "filters", count("select count(*) from act_ru_filter"),
                "instances", count("select count(*) from act_ru_execution where parent_id_ is null"));
    }

    private long count(String sql) {
        return jdbc.queryForObject(sql, Long.class);
    }
}

package com.perftarget.onboarding;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.camunda.bpm.engine.FilterService;
import org.camunda.bpm.engine.IdentityService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.perftarget.access.Groups;
import com.perftarget.support.IntegrationTest;
import com.perftarget.support.Uploads;
import com.perftarget.unit.BudgetUnitRepository;
import com.perftarget.unit.UnitPersonRepository;

/**
 * The bureau brings units and people in over the API, one by one and from CSV and Excel lists: the engine's groups,
 * memberships and Tasklist filters as the demo has them, a working login, nothing changed by doing it again, and
 * every bad field or row named with nothing saved.
 */
@IntegrationTest
class UnitApiTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String HEADER = "单位编码,单位名称,主管部门编码,规则集,登录名,姓名,角色,电话,初始密码\n";

    @Autowired TestRestTemplate http;
    @Autowired IdentityService identity;
    @Autowired FilterService filters;
    @Autowired BudgetUnitRepository units;
    @Autowired UnitPersonRepository people;

    @Test
    void theBureauRegistersAUnitWithItsPeopleAndTheyCanWork() throws Exception {
        String body = """
                {"code":"030001","name":"济源市测试局","parentCode":"030000","profile":"JY2021","people":[
                  {"login":"zhangsan-030001","name":"张三","role":"LEADER","phone":"13800000001","password":"Secret-030001"},
                  {"login":"finance-030001","name":"测试局财务","role":"FINANCE"}]}""";
        ResponseEntity<String> created = post("bureau", "/api/units", body);
        assertThat(created.getStatusCode()).as(created.getBody()).isEqualTo(HttpStatus.CREATED);
        JsonNode unit = JSON.readTree(created.getBody());
        assertThat(unit.get("profile").asText()).isEqualTo("JY2021");
        assertThat(unit.at("/people/0/initialPassword").isNull()).isTrue();

        assertThat(identity.createGroupQuery().groupId(Groups.unitLeaders("030001")).count()).isEqualTo(1);
        assertThat(identity.createUserQuery().userId("zhangsan-030001").memberOfGroup(Groups.unitLeaders("030001"))
                .count()).isEqualTo(1);
        assertThat(identity.createUserQuery().userId("finance-030001").singleResult().getFirstName())
                .isEqualTo("测试局财务");
        assertThat(identity.checkPassword("zhangsan-030001", "Secret-030001")).isTrue();
        // In the demo run a person without a password gets the demo one.
        assertThat(identity.checkPassword("finance-030001", "demo")).isTrue();
        assertThat(http.withBasicAuth("zhangsan-030001", "Secret-030001")
                .getForEntity("/api/submissions?unitCode=030001&year=2021", String.class).getStatusCode())
                .isEqualTo(HttpStatus.OK);
        identity.setAuthentication("zhangsan-030001", List.of(Groups.unitLeaders("030001")));
        try {
            assertThat(filters.createFilterQuery().list()).extracting(f -> f.getName()).contains("我的待办");
        } finally {
            identity.clearAuthentication();
        }

        // The same again changes nothing; a new name is taken.
        assertThat(post("bureau", "/api/units", body).getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(people.findByUnitCodeOrderByLogin("030001")).hasSize(2);
        assertThat(post("bureau", "/api/units", body.replace("张三", "张叁")).getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(identity.createUserQuery().userId("zhangsan-030001").singleResult().getFirstName()).isEqualTo("张叁");
        assertThat(people.findById("zhangsan-030001").orElseThrow().getPhone()).isEqualTo("13800000001");
    }

    @Test
    void badRegistrationsNameEachFieldAndSaveNothing() throws Exception {
        ResponseEntity<String> bad = post("bureau", "/api/units", """
                {"code":"03-0002","name":"","profile":"NOPE","people":[
                  {"login":"luguangwei","name":"卢光伟","role":"LEADER"},
                  {"login":"li si","name":"李四","role":"BOSS","password":"short"}]}""");
        assertThat(bad.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        JsonNode errors = JSON.readTree(bad.getBody()).get("fieldErrors");
        assertThat(errors.findValuesAsText("field")).containsExactly("code", "name", "profile", "people[0].login",
                "people[1].role", "people[1].password", "people[1].login");
        ResponseEntity<String> taken = post("bureau", "/api/units", """
                {"code":"030002","name":"另一个局","people":[{"login":"luguangwei","name":"卢光伟","role":"LEADER"}]}""");
        assertThat(taken.getBody()).contains("登录名 luguangwei 已是单位 020008 的人员");
        assertThat(units.existsById("030002")).isFalse();

        ResponseEntity<String> leader = post("luguangwei", "/api/units", """
                {"code":"030003","name":"某局","people":[]}""");
        assertThat(leader.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(leader.getBody()).contains("只有财政局和系统管理员可以登记单位和人员");
    }

    @Test
    void aListComesInFromCsvOrExcelAllOrNothingAndAgainChangesNothing() throws Exception {
        String csv = HEADER
                + "040001,济源市甲局,,JY2021,wang-040001,王一,项目负责人,13800000011,\n"
                + "040001,济源市甲局,,JY2021,finance-040001,甲局财务,单位财务,,\n"
                + "040002,济源市乙局,040001,,zhao-040002,赵二,LEADER,,\n";
        ResponseEntity<String> imported = upload("bureau", csv.getBytes(StandardCharsets.UTF_8), "people.csv");
        assertThat(imported.getStatusCode()).as(imported.getBody()).isEqualTo(HttpStatus.OK);
        assertThat(JSON.readTree(imported.getBody()).get("units").asInt()).isEqualTo(2);
        assertThat(JSON.readTree(imported.getBody()).get("people").asInt()).isEqualTo(3);
        assertThat(units.findById("040002").orElseThrow().getParentCode()).isEqualTo("040001");
        assertThat(identity.createUserQuery().memberOfGroup(Groups.unitFinance("040001")).count()).isEqualTo(1);

        // Again, as saved by Excel on a Chinese Windows (GB18030): nothing changes.
        long users = identity.createUserQuery().count();
        assertThat(upload("bureau", csv.getBytes(Charset.forName("GB18030")), "people.csv").getStatusCode())
                .isEqualTo(HttpStatus.OK);
        assertThat(identity.createUserQuery().count()).isEqualTo(users);
        assertThat(people.findByUnitCodeOrderByLogin("040001")).hasSize(2);

        // A bad row: named by row and column, and nothing of the file is saved.
        String bad = HEADER
                + "040003,济源市丙局,,,sun-040003,孙三,项目负责人,,\n"
                + "040003,济源市丙局,,,qian-040003,钱四,局长,,\n";
        ResponseEntity<String> refused = upload("bureau", bad.getBytes(StandardCharsets.UTF_8), "bad.csv");
        assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(JSON.readTree(refused.getBody()).at("/fieldErrors/0/message").asText())
                .isEqualTo("第 3 行「角色」：角色只能是 LEADER（项目负责人）或 FINANCE（单位财务）");
        assertThat(units.existsById("040003")).isFalse();
        assertThat(identity.createUserQuery().userId("sun-040003").count()).isZero();

        // The same list as a workbook.
        try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet sheet = workbook.createSheet("人员");
            String[] lines = (HEADER + "040004,济源市丁局,,,zhou-040004,周五,单位财务,,\n").split("\n");
            for (int r = 0; r < lines.length; r++) {
                Row row = sheet.createRow(r);
                String[] cells = lines[r].split(",", -1);
                for (int c = 0; c < cells.length; c++) {
                    row.createCell(c).setCellValue(cells[c]);
                }
            }
            workbook.write(out);
            assertThat(upload("bureau", out.toByteArray(), "people.xlsx").getStatusCode()).isEqualTo(HttpStatus.OK);
        }
        assertThat(identity.createUserQuery().userId("zhou-040004").memberOfGroup(Groups.unitFinance("040004"))
                .count()).isEqualTo(1);

        ResponseEntity<String> noHeader = upload("bureau", "a,b\n1,2\n".getBytes(StandardCharsets.UTF_8), "x.csv");
        assertThat(noHeader.getBody()).contains("第 1 行缺少列「单位编码」");
    }

    private ResponseEntity<String> post(String user, String path, String json) {
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.APPLICATION_JSON);
        return http.withBasicAuth(user, "demo").postForEntity(path, new HttpEntity<>(json, headers), String.class);
    }

    private ResponseEntity<String> upload(String user, byte[] file, String filename) {
        return Uploads.upload(http, user, "/api/units/import", file, filename);
    }
}

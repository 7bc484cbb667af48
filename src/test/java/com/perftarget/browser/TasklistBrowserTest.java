package com.perftarget.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.File;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.camunda.bpm.engine.RuntimeService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInfo;
import org.openqa.selenium.By;
import org.openqa.selenium.ElementClickInterceptedException;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.TimeoutException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import com.perftarget.process.approval.ApprovalProcess;
import com.perftarget.round.RoundCalendar;
import com.perftarget.round.RoundService;
import com.perftarget.submission.Submission;
import com.perftarget.submission.SubmissionService;
import com.perftarget.support.IntegrationTest;
import com.perftarget.support.TestSubmissions;
import com.perftarget.support.TestSubmissions.Started;
import com.perftarget.workbook.WorkbookService;

/**
 * The real Tasklist in headless Chromium, in Chinese: the leader edits a 目标值, adds a row and completes; the
 * unit's finance returns the table with an opinion; the leader sees the opinion and the changed rows; the
 * administrator sees the instance and its operation log in Cockpit. The leader exports the table as Excel and
 * imports a workbook into the form; the reviewer exports it.
 *
 * <p>Needs Chromium and ChromeDriver ({@code /usr/bin/chromium}, {@code /usr/bin/chromedriver}, or the paths in
 * CHROMIUM_BIN and CHROMEDRIVER_BIN). Without them it is skipped with the reason, unless REQUIRE_BROWSER_TESTS=true
 * (set by .ci/run), which turns their absence into a failure.
 */
@IntegrationTest
class TasklistBrowserTest {

    private static final String PROJECT = "道路标志标线维护（浏览器测试）";
    /** People type Markdown and HTML too; the forms must show it as typed. */
    private static final String OPINION = "# 已批准（财政局）[点此查看](http://e.cn) <b>道路标线施划面积调高到5万平方米</b>，请补充测算依据";
    private static final String MARKDOWN_TARGET = "# ≥6 [链](http://e.cn) <b>粗</b>";
    private static final Duration PATIENCE = Duration.ofSeconds(30);

    @LocalServerPort int port;
    @Autowired TestSubmissions testSubmissions;
    @Autowired SubmissionService submissions;
    @Autowired RuntimeService runtime;
    @Autowired WorkbookService workbooks;
    @Autowired RoundService rounds;

    private WebDriver browser;
    private WebDriverWait wait;

    @BeforeEach
    void startBrowser() throws IOException {
        File chromium = new File(System.getenv().getOrDefault("CHROMIUM_BIN", "/usr/bin/chromium"));
        File chromedriver = new File(System.getenv().getOrDefault("CHROMEDRIVER_BIN", "/usr/bin/chromedriver"));
        if (!chromium.canExecute() || !chromedriver.canExecute()) {
            String reason = "browser test needs Chromium at " + chromium + " and ChromeDriver at " + chromedriver
                    + " (apt-get install chromium chromium-driver)";
            if ("true".equals(System.getenv("REQUIRE_BROWSER_TESTS"))) {
                Assertions.fail(reason + ", and REQUIRE_BROWSER_TESTS=true");
            }
            Assumptions.abort(reason);
        }
        ChromeOptions options = new ChromeOptions();
        options.setBinary(chromium);
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--no-first-run", "--window-size=1400,1000", "--lang=zh-CN",
                "--user-data-dir=" + Files.createTempDirectory("chromium-profile"));
        options.setExperimentalOption("prefs", Map.of("intl.accept_languages", "zh-CN,zh"));
        // The page's console goes next to the screenshot: what a failed run saw.
        options.setCapability("goog:loggingPrefs", Map.of(LogType.BROWSER, "ALL"));
        ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(chromedriver)
                .usingAnyFreePort().build();
        browser = new ChromeDriver(service, options);
        wait = new WebDriverWait(browser, PATIENCE);
        // Tasklist and form-js re-render; an element found a moment ago may be gone: look again.
        wait.ignoring(StaleElementReferenceException.class);
    }

    @AfterEach
    void stopBrowser(TestInfo test) throws IOException {
        if (browser != null) {
            Path shot = Path.of("target", "browser-screenshots", test.getDisplayName().replaceAll("\\W", "") + ".png");
            Files.createDirectories(shot.getParent());
            Files.write(shot, ((TakesScreenshot) browser).getScreenshotAs(OutputType.BYTES));
            Files.write(shot.resolveSibling(shot.getFileName().toString().replace(".png", ".console.log")),
                    browser.manage().logs().get(LogType.BROWSER).getAll().stream().map(Object::toString).toList());
            browser.quit();
        }
    }

    @Test
    void leaderFillsUnitFinanceReturnsLeaderSeesTheOpinionAndTheChangedRows() {
        Started started = testSubmissions.startNamed(2, "wangmingji", PROJECT);

        // The leader edits one 目标值, adds a row and completes.
        logIn("wangmingji");
        // The filter list loads after the page (加载中… first): wait for the very filter name.
        wait.until(ExpectedConditions.presenceOfElementLocated(
                By.xpath("//*[contains(@class,'filters')]//*[contains(text(),'我的待办')]")));
        openTask("填报绩效目标：" + PROJECT);
        WebElement target = formInput("Field_target_1_7");
        assertThat(target.getDomProperty("value")).isEqualTo("≥4.5万平方米");
        type(formField("Field_target_1_7"), "≥5万平方米");
        click(browser.findElement(By.cssSelector("button.fjs-repeat-render-add")));
        type(formField("Field_level1_1_14"), "产出目标");
        type(formField("Field_level2_1_14"), "质量");
        type(formField("Field_name_1_14"), "标线耐久合格率");
        // A blank 目标值 passes the browser's check but not the server's: the refusal is shown in Chinese.
        type(formField("Field_target_1_14"), "   ");
        click(browser.findElement(By.cssSelector("button[ng-click='complete()']")));
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector(".notifications"),
                "第 15 行绩效指标缺少目标值"));
        assertThat(browser.findElement(By.cssSelector(".notifications")).getText()).doesNotContain("ENGINE-");
        assertThat(submissions.details(started.submissionId()).table().indicators()).hasSize(14);
        click(browser.findElement(By.cssSelector(".notifications button.close[ng-click^='removeNotification']")));
        wait.until(ExpectedConditions.invisibilityOfElementLocated(By.cssSelector(".notifications .alert")));
        type(formField("Field_target_1_14"), "≥95%");
        complete();
        wait.until(d -> runtime.createProcessInstanceQuery().processInstanceId(started.processInstanceId())
                .activityIdIn(ApprovalProcess.VALIDATE_TARGETS).count() == 1);

        // 自动校验 runs as the job executor would.
        testSubmissions.executeJob(started.processInstanceId());
        assertThat(submissions.get(started.submissionId()).getStage().code()).isEqualTo("unitFinanceReview");

        // The unit's finance claims the review and returns it with an opinion.
        logOut();
        logIn("finance-020008");
        click(wait.until(ExpectedConditions.presenceOfElementLocated(
                By.xpath("//*[contains(@class,'filters')]//*[contains(text(),'待认领（本组）')]"))));
        openTask("单位财务审核：" + PROJECT);
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector(".fjs-form"), "提交第 1 版"));
        assertThat(browser.findElement(By.cssSelector(".fjs-form")).getText())
                .contains("首次提交", "≥5万平方米", "标线耐久合格率", "自动校验结果", "提交第 1 版");
        clickOnceClickable(By.cssSelector("[ng-click='claim()']"));
        WebElement returnChoice = wait.until(ExpectedConditions.presenceOfElementLocated(By.xpath(
                "//*[contains(@class,'fjs-form-field-radio')]//label[normalize-space(.)='退回']//input[@type='radio']"
                        + " | //input[@type='radio'][@id=//label[normalize-space(.)='退回']/@for]")));
        scrollTo(returnChoice);
        returnChoice.sendKeys(Keys.SPACE);
        wait.until(ExpectedConditions.elementSelectionStateToBe(returnChoice, true));
        type(By.cssSelector("textarea[id$='Opinion']"), OPINION);
        complete();
        wait.until(d -> runtime.createProcessInstanceQuery().processInstanceId(started.processInstanceId())
                .activityIdIn(ApprovalProcess.FILL_TARGETS).count() == 1);

        // The leader sees who returned it and why, and the rows as they filed them.
        logOut();
        logIn("wangmingji");
        openTask("填报绩效目标：" + PROJECT);
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector(".fjs-form"), OPINION));
        assertThat(browser.findElement(By.cssSelector(".fjs-form")).getText())
                .contains("已被单位财务", "finance-020008", "审核意见：" + OPINION);
        assertThat(formInput("Field_target_1_7").getDomProperty("value")).isEqualTo("≥5万平方米");
        assertThat(formInput("Field_name_1_14").getDomProperty("value")).isEqualTo("标线耐久合格率");
        assertThat(formInput("Field_target_1_14").getDomProperty("value")).isEqualTo("≥95%");
        assertShownAsTyped();

        // A 目标值 written as Markdown and HTML comes back in the validation's findings, as typed.
        type(formField("Field_target_1_7"), MARKDOWN_TARGET);
        complete();
        wait.until(d -> runtime.createProcessInstanceQuery().processInstanceId(started.processInstanceId())
                .activityIdIn(ApprovalProcess.VALIDATE_TARGETS).count() == 1);
        testSubmissions.executeJob(started.processInstanceId());
        openTask("填报绩效目标：" + PROJECT);
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector(".fjs-form"),
                "目标值「" + MARKDOWN_TARGET + "」无法识别"));
        assertShownAsTyped();

        // The administrator follows it in Cockpit, with the engine's operation log of the instance.
        logOut();
        browser.get("http://localhost:" + port + "/camunda/app/cockpit/default/#/process-instance/"
                + started.processInstanceId() + "/runtime");
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("input[ng-model='username']")))
                .sendKeys("admin");
        browser.findElement(By.cssSelector("input[ng-model='password']")).sendKeys("demo", Keys.ENTER);
        click(wait.until(ExpectedConditions.presenceOfElementLocated(
                By.xpath("//*[contains(@class,'nav-tabs')]//*[normalize-space(text())='操作日志']"))));
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector("table.operation-log"), "Claim"));
        assertThat(browser.findElement(By.cssSelector("table.operation-log")).getText())
                .contains("wangmingji", "finance-020008", "Complete", "Claim");
    }

    @Test
    void theLeaderExportsAndImportsExcelInTasklistAndTheReviewerExports() throws Exception {
        String project = "道路标志标线维护（Excel 测试）";
        Started started = testSubmissions.startNamed(2, "wangmingji", project);
        Path workbook = Files.createTempFile("import-", ".xlsx");

        logIn("wangmingji");
        openTask("填报绩效目标：" + project);
        WebElement export = wait.until(ExpectedConditions.presenceOfElementLocated(
                By.cssSelector(".perftarget-workbook-export")));
        assertThat(export.getText()).isEqualTo("导出 Excel");
        String href = export.getDomAttribute("href");
        assertThat(href).isEqualTo("/api/submissions/" + started.submissionId() + "/xlsx");
        // The link downloads with the Tasklist login alone.
        Object downloaded = ((JavascriptExecutor) browser).executeAsyncScript(
                "const done = arguments[arguments.length - 1];"
                        + "fetch(arguments[0], {credentials: 'same-origin'}).then(r => r.arrayBuffer()"
                        + ".then(b => done(r.status + ' ' + r.headers.get('content-type') + ' ' + b.byteLength)));",
                href);
        assertThat(downloaded.toString()).startsWith("200 application/vnd.openxmlformats-officedocument.spreadsheetml.sheet ");

        // A workbook with a blank 目标值 is refused, by its cell, and nothing changes.
        try (XSSFWorkbook table = new XSSFWorkbook(new ByteArrayInputStream(workbooks.current(started.submissionId())))) {
            Sheet sheet = table.getSheetAt(0);
            int header = indicatorHeader(sheet);
            sheet.getRow(header + 1).getCell(3).setCellValue("");
            write(table, workbook);
            chooseFile(workbook);
            wait.until(ExpectedConditions.textToBePresentInElementLocated(
                    By.cssSelector(".perftarget-workbook-result"), "!D" + (header + 2) + "：第 1 行绩效指标缺少目标值"));
            sheet.getRow(header + 1).getCell(3).setCellValue("≥6万平方米");
            write(table, workbook);
        }
        assertThat(submissions.details(started.submissionId()).table().indicators().get(0).target())
                .isEqualTo(started.table().indicators().get(0).target());

        // A clean one: the form opens again with it, not yet submitted.
        chooseFile(workbook);
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector(".perftarget-workbook-result"),
                "已导入「" + workbook.getFileName() + "」"));
        wait.until(d -> "≥6万平方米".equals(formInput("Field_target_1_0").getDomProperty("value")));
        assertThat(runtime.createProcessInstanceQuery().processInstanceId(started.processInstanceId())
                .activityIdIn(ApprovalProcess.FILL_TARGETS).count()).isEqualTo(1);

        // The review form offers the export, not the import.
        complete();
        testSubmissions.executeJob(started.processInstanceId());
        logOut();
        logIn("finance-020008");
        click(wait.until(ExpectedConditions.presenceOfElementLocated(
                By.xpath("//*[contains(@class,'filters')]//*[contains(text(),'待认领（本组）')]"))));
        openTask("单位财务审核：" + project);
        assertThat(wait.until(ExpectedConditions.presenceOfElementLocated(
                By.cssSelector(".perftarget-workbook-export"))).getDomAttribute("href"))
                .isEqualTo("/api/submissions/" + started.submissionId() + "/xlsx");
        assertThat(browser.findElements(By.cssSelector(".perftarget-workbook-import"))).isEmpty();
    }

    /**
     * The 2022 round as the issue tells it: the bureau opens it from Tasklist's start form, finance-020008 carries the
     * 16 projects over with the button beside its 编制项目清单 form, luguangwei finds his 2022 填报 with 2021's figures as
     * 上年度, and the bureau reads the year's progress (chart and table) from Tasklist.
     */
    @Test
    void theBureauOpensThe2022RoundFinanceCarriesTheProjectsOverAndTheLeaderSeesLastYearsFigures() {
        LocalDate unitDeadline = RoundCalendar.today().plusDays(30);
        logIn("bureau");
        click(wait.until(ExpectedConditions.presenceOfElementLocated(
                By.xpath("//a[normalize-space(.)='发起流程']"))));
        click(wait.until(ExpectedConditions.presenceOfElementLocated(
                By.xpath("//*[contains(@class,'modal')]//a[normalize-space(.)='预算年度轮次']"))));
        type(formField("Field_roundYear"), "2022");
        type(formField("Field_units"), "020008");
        type(formField("Field_unitDeadline"), unitDeadline.toString());
        type(formField("Field_bureauDeadline"), unitDeadline.plusDays(21).toString());
        click(browser.findElement(By.xpath("//*[contains(@class,'modal')]//button[normalize-space(.)='发起']")));
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector(".notifications"), "流程已发起"));
        assertThat(rounds.find(2022)).hasValueSatisfying(round -> assertThat(round.getOpenedBy()).isEqualTo("bureau"));
        logOut();

        logIn("finance-020008");
        click(wait.until(ExpectedConditions.presenceOfElementLocated(
                By.xpath("//*[contains(@class,'filters')]//*[contains(text(),'待认领（本组）')]"))));
        openTask("编制项目清单和预算数：济源市公安局交通管理支队（020008，2022）");
        click(wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".perftarget-carry-over"))));
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector(".perftarget-workbook-result"),
                "已结转 16 个项目"));
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector(".fjs-form"),
                "本单位项目：16 个"));
        logOut();

        Submission mine = submissions.list("020008", 2022).stream()
                .filter(s -> s.getLeaderUserId().equals("luguangwei")).findFirst().orElseThrow();
        Submission lastYear = submissions.findByBusinessKey(mine.getBusinessKey().replace("-2022-", "-2021-"))
                .orElseThrow();
        logIn("luguangwei");
        openTask("填报绩效目标：" + mine.getProjectName() + "（2022）");
        wait.until(d -> lastYear.getTotalAmount().compareTo(
                new BigDecimal(formInput("Field_lastTotalAmount_1").getDomProperty("value"))) == 0);
        assertThat(new BigDecimal(formInput("Field_lastYearAmount_1").getDomProperty("value")))
                .isEqualByComparingTo(lastYear.getYearAmount());
        logOut();

        logIn("bureau");
        click(wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".perftarget-progress-link a"))));
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector(".perftarget-progress-table"),
                "济源市公安局交通管理支队"));
        assertThat(browser.findElement(By.cssSelector(".perftarget-progress-table")).getText())
                .contains("020008", unitDeadline.toString());
        assertThat(browser.findElements(By.cssSelector(".perftarget-stage-chart rect[data-stage='fillTargets']")))
                .isNotEmpty();
    }

    private void chooseFile(Path file) {
        WebElement input = wait.until(ExpectedConditions.presenceOfElementLocated(
                By.cssSelector("input.perftarget-workbook-file")));
        // The input hides behind the 导入 Excel button; WebDriver can only type a path into a shown one.
        ((JavascriptExecutor) browser).executeScript("arguments[0].style.display = 'block';", input);
        input.sendKeys(file.toAbsolutePath().toString());
    }

    private static int indicatorHeader(Sheet sheet) {
        for (Row row : sheet) {
            if (row.getCell(0) != null && "一级指标".equals(row.getCell(0).getStringCellValue())) {
                return row.getRowNum();
            }
        }
        throw new AssertionError("no indicator header");
    }

    private static void write(XSSFWorkbook workbook, Path file) throws IOException {
        try (var out = Files.newOutputStream(file)) {
            workbook.write(out);
        }
    }

    /** No heading, link or bold text came out of what people typed. */
    @Test
    void administratorsReadCockpitAdminAndWelcomeInChinese() {
        browser.get("http://localhost:" + port + "/camunda/app/cockpit/");
        WebElement name = wait.until(ExpectedConditions.visibilityOfElementLocated(
                By.cssSelector("input[ng-model='username']")));
        assertThat(browser.findElement(By.cssSelector("button[type='submit']")).getText()).isEqualTo("登录");
        name.sendKeys("admin");
        browser.findElement(By.cssSelector("input[ng-model='password']")).sendKeys("demo", Keys.ENTER);
        // Cockpit's navigation: 流程 (Processes), 决策 (Decisions).
        wait.until(ExpectedConditions.presenceOfElementLocated(By.xpath("//*[normalize-space(text())='流程']")));
        wait.until(ExpectedConditions.presenceOfElementLocated(By.xpath("//*[normalize-space(text())='决策']")));
        // Our page 预算进度: its navigation entry leads to the years' rounds (or says there is none yet).
        click(wait.until(ExpectedConditions.presenceOfElementLocated(By.xpath("//a[normalize-space(.)='预算进度']"))));
        wait.until(ExpectedConditions.presenceOfElementLocated(By.xpath("//h2[normalize-space(.)='预算进度']")));
        wait.until(ExpectedConditions.or(
                ExpectedConditions.presenceOfElementLocated(By.cssSelector(".perftarget-progress-summary")),
                ExpectedConditions.textToBePresentInElementLocated(By.tagName("body"), "还没有开启任何预算轮次")));

        openApp("/camunda/app/admin/", "授权");
        wait.until(ExpectedConditions.presenceOfElementLocated(By.xpath("//*[normalize-space(text())='用户']")));

        openApp("/camunda/app/welcome/", "应用");
    }

    /**
     * Opens a webapp and waits for a text of its navigation. Seldom (about one run in five on 2 cores) headless
     * Chromium refuses the app's own scripts after the switch from another app, reporting a Content-Security-Policy
     * nonce mismatch, and the page stays on its spinner; only then is the page loaded once more. Any other failure
     * to show the text fails the test.
     */
    private void openApp(String path, String text) {
        By shown = By.xpath("//*[normalize-space(text())='" + text + "']");
        browser.get("http://localhost:" + port + path);
        try {
            wait.until(ExpectedConditions.presenceOfElementLocated(shown));
        } catch (TimeoutException spinner) {
            List<String> console = browser.manage().logs().get(LogType.BROWSER).getAll().stream()
                    .map(Object::toString).toList();
            if (console.stream().noneMatch(line -> line.contains("violates the following Content Security Policy"))) {
                throw spinner;
            }
            browser.navigate().refresh();
            wait.until(ExpectedConditions.presenceOfElementLocated(shown));
        }
    }

    private void assertShownAsTyped() {
        assertThat(browser.findElements(By.xpath("//*[contains(@class,'fjs-form')]//a[contains(@href,'e.cn')]")))
                .isEmpty();
        assertThat(browser.findElements(By.xpath("//*[contains(@class,'fjs-form')]//h1[contains(.,'已批准')]")))
                .isEmpty();
        assertThat(browser.findElements(By.xpath("//*[contains(@class,'fjs-form')]//*[self::b or self::strong]"
                + "[contains(.,'粗') or contains(.,'调高')]"))).isEmpty();
    }

    private void logIn(String user) {
        browser.get("http://localhost:" + port + "/camunda/app/tasklist/");
        WebElement name = wait.until(ExpectedConditions.visibilityOfElementLocated(
                By.cssSelector("input[ng-model='username']")));
        assertThat(browser.findElement(By.cssSelector("button[type='submit']")).getText()).isEqualTo("登录");
        name.sendKeys(user);
        browser.findElement(By.cssSelector("input[ng-model='password']")).sendKeys("demo", Keys.ENTER);
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".tasks-list, [cam-tasks]")));
    }

    private void logOut() {
        browser.manage().deleteAllCookies();
        ((JavascriptExecutor) browser).executeScript("window.localStorage.clear(); window.sessionStorage.clear();");
    }

    private void openTask(String name) {
        clickOnceClickable(By.xpath("//*[contains(@class,'task')]//*[normalize-space(text())='" + name + "' or "
                + "starts-with(normalize-space(text()),'" + name + "（')]"));
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".fjs-form")));
    }

    /**
     * Finds and clicks in one step of the wait: Tasklist may re-render a list or a button between finding it and
     * clicking it, and a click on the old element (stale) is then tried again on the new one.
     */
    private void clickOnceClickable(By locator) {
        wait.until(d -> {
            WebElement element = ExpectedConditions.elementToBeClickable(locator).apply(d);
            if (element == null) {
                return false;
            }
            element.click();
            return true;
        });
    }

    private WebElement formInput(String fieldIdSuffix) {
        return wait.until(ExpectedConditions.presenceOfElementLocated(formField(fieldIdSuffix)));
    }

    private static By formField(String fieldIdSuffix) {
        return By.cssSelector(".fjs-form input[id$='-" + fieldIdSuffix + "']");
    }

    /**
     * Types into a form field until the form holds the value: form-js may re-render a field (after a choice
     * elsewhere changed the form) between finding it and typing, which loses what was typed into the old one.
     */
    private void type(By field, String value) {
        wait.until(d -> {
            WebElement current = d.findElement(field);
            if (!value.equals(current.getDomProperty("value"))) {
                retype(current, value);
            }
            return value.equals(d.findElement(field).getDomProperty("value"));
        });
    }

    /**
     * Clicks like a person. Tasklist's footer can lie over the last pixels of the form's panel, so an element there
     * that cannot be clicked is activated from the keyboard instead, as a person would.
     */
    private void click(WebElement element) {
        scrollTo(element);
        wait.until(ExpectedConditions.elementToBeClickable(element));
        try {
            element.click();
        } catch (ElementClickInterceptedException coveredByTheFooter) {
            element.sendKeys(Keys.ENTER);
        }
    }

    private void scrollTo(WebElement element) {
        ((JavascriptExecutor) browser).executeScript("arguments[0].scrollIntoView({block: 'center'});", element);
    }

    /** Types like a person and leaves the field, which flushes form-js's debounced change into the form. */
    private void retype(WebElement field, String value) {
        scrollTo(field);
        ((JavascriptExecutor) browser).executeScript("arguments[0].focus(); arguments[0].select();", field);
        field.sendKeys(value, Keys.TAB);
    }

    private void complete() {
        click(browser.findElement(By.cssSelector("button[ng-click='complete()']")));
        wait.until(ExpectedConditions.or(
                ExpectedConditions.invisibilityOfElementLocated(By.cssSelector(".fjs-form")),
                ExpectedConditions.textToBePresentInElementLocated(By.tagName("body"), "请在列表中选择一个任务")));
    }

}

package com.perftarget.workbook;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.util.WorkbookUtil;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import com.perftarget.submission.FundKind;
import com.perftarget.submission.SubmissionService;
import com.perftarget.table.TargetTable;
import com.perftarget.unit.BudgetUnit;
import com.perftarget.unit.BudgetUnitRepository;
import com.perftarget.unit.UnitBudget;
import com.perftarget.unit.UnitBudgetRepository;
import com.perftarget.version.VersionService;

/** Tables as .xlsx in the 绩效目标表 layout: one table (current or a version), or a unit-year with its 汇总 sheet. */
@Service
@Transactional(readOnly = true)
public class WorkbookService {

    static final String SUMMARY = "汇总";
    static final List<String> SUMMARY_HEADER = List.of("序号", "项目名称", "资金性质", "项目总金额（万元）", "项目本年度金额（万元）");

    private final SubmissionService submissions;
    private final VersionService versions;
    private final BudgetUnitRepository units;
    private final UnitBudgetRepository budgets;

    public WorkbookService(SubmissionService submissions, VersionService versions, BudgetUnitRepository units,
                           UnitBudgetRepository budgets) {
        this.submissions = submissions;
        this.versions = versions;
        this.units = units;
        this.budgets = budgets;
    }

    /** The table as it stands now (the working copy of the submission). */
    public byte[] current(long submissionId) {
        return single(submissions.details(submissionId).table());
    }

    /** The table as filed in version {@code versionNo}. */
    public byte[] version(long submissionId, int versionNo) {
        return single(versions.get(submissionId, versionNo).table());
    }

    /**
     * Every table of a unit-year, one sheet each, after a 汇总 sheet listing the projects with fund kind and amounts
     * and the totals beside the unit's budget figures (项目支出 = 一般性项目 + 专项资金), where those are recorded.
     */
    public byte[] unitYear(String unitCode, int year) {
        List<Disclosure.Project> projects = submissions.listActive(unitCode, year).stream()
                .map(p -> new Disclosure.Project(p.getSequenceNo(), p.getFundKind(),
                        submissions.details(p.getId()).table())).toList();
        return unitYearWorkbook(unitName(unitCode), projects,
                budgets.findById(new UnitBudget.Key(unitCode, year)).filter(UnitBudget::hasFigures).orElse(null));
    }

    /** The unit-year workbook of these projects (each with its current table). */
    static byte[] unitYearWorkbook(String unitName, List<Disclosure.Project> projects, UnitBudget budget) {
        try (XSSFWorkbook workbook = new XSSFWorkbook()) {
            TableSheet.Styles styles = new TableSheet.Styles(workbook);
            summary(workbook.createSheet(SUMMARY), styles, projects, budget);
            projectSheets(workbook, styles, unitName, projects);
            return bytes(workbook);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** After the 汇总 sheet, a sheet per project named {@code 01 项目名称}, in the 绩效目标表 layout. */
    static void projectSheets(XSSFWorkbook workbook, TableSheet.Styles styles, String unitName,
                              List<Disclosure.Project> projects) {
        Set<String> names = new HashSet<>(Set.of(SUMMARY));
        for (Disclosure.Project project : projects) {
            String name = sheetName(String.format("%02d %s", project.sequenceNo(), project.table().projectName()),
                    names);
            new TableSheet(styles).write(workbook.createSheet(name), project.table(), unitName);
        }
    }

    private byte[] single(TargetTable table) {
        try (XSSFWorkbook workbook = new XSSFWorkbook()) {
            new TableSheet(new TableSheet.Styles(workbook)).write(
                    workbook.createSheet(sheetName(table.projectName(), new HashSet<>())), table,
                    unitName(table.unitCode()));
            return bytes(workbook);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void summary(Sheet sheet, TableSheet.Styles styles, List<Disclosure.Project> projects,
                                UnitBudget budget) {
        Row header = sheet.createRow(0);
        for (int c = 0; c < SUMMARY_HEADER.size(); c++) {
            text(header, c, SUMMARY_HEADER.get(c), styles);
        }
        BigDecimal total = BigDecimal.ZERO;
        BigDecimal general = BigDecimal.ZERO;
        int row = 1;
        for (Disclosure.Project project : projects) {
            Row line = sheet.createRow(row++);
            number(line, 0, BigDecimal.valueOf(project.sequenceNo()), styles);
            text(line, 1, project.table().projectName(), styles);
            text(line, 2, project.fundKind().label(), styles);
            number(line, 3, project.table().totalAmount(), styles);
            number(line, 4, project.table().yearAmount(), styles);
            BigDecimal year = project.table().yearAmount() == null ? BigDecimal.ZERO : project.table().yearAmount();
            total = total.add(year);
            general = project.fundKind() == FundKind.GENERAL ? general.add(year) : general;
        }
        row = totals(sheet, row, styles, "合计", total, budget == null ? null : budget.getProjectExpenditure());
        row = totals(sheet, row, styles, "其中：" + FundKind.GENERAL.label(), general,
                budget == null ? null : budget.getGeneralProjects());
        totals(sheet, row, styles, "其中：" + FundKind.SPECIAL.label(), total.subtract(general),
                budget == null ? null : budget.getSpecialFunds());
        sheet.setColumnWidth(0, 12 * 256);
        sheet.setColumnWidth(1, 50 * 256);
        sheet.setColumnWidth(2, 12 * 256);
        sheet.setColumnWidth(3, 20 * 256);
        sheet.setColumnWidth(4, 22 * 256);
        TableSheet.printOnA4FittedToWidth(sheet);
    }

    /** A totals row: the sum of the tables, and beside it the unit's budget figure and whether they agree. */
    private static int totals(Sheet sheet, int row, TableSheet.Styles styles, String label, BigDecimal sum,
                              BigDecimal budgeted) {
        Row line = sheet.createRow(row);
        text(line, 1, label, styles);
        number(line, 4, sum, styles);
        if (budgeted != null) {
            text(line, 5, "预算表：" + budgeted.toPlainString() + (budgeted.compareTo(sum) == 0 ? "（一致）" : "（不一致）"),
                    styles);
        }
        return row + 1;
    }

    private static void text(Row row, int column, String value, TableSheet.Styles styles) {
        Cell cell = row.createCell(column);
        cell.setCellValue(value == null ? "" : value);
        cell.setCellStyle(styles.text);
    }

    private static void number(Row row, int column, BigDecimal value, TableSheet.Styles styles) {
        Cell cell = row.createCell(column);
        cell.setCellStyle(styles.amount);
        if (value != null) {
            cell.setCellValue(value.doubleValue());
        }
    }

    private String unitName(String unitCode) {
        return units.findById(unitCode).map(BudgetUnit::getName).orElse(unitCode);
    }

    /** A legal sheet name (31 characters, none of \ / ? * [ ] :), unique in the workbook. */
    static String sheetName(String wanted, Set<String> taken) {
        String safe = WorkbookUtil.createSafeSheetName(wanted == null || wanted.isBlank() ? "绩效目标表" : wanted);
        String name = safe;
        for (int n = 2; taken.contains(name); n++) {
            String suffix = "~" + n;
            name = safe.substring(0, Math.min(safe.length(), 31 - suffix.length())) + suffix;
        }
        taken.add(name);
        return name;
    }

    static byte[] bytes(Workbook workbook) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        workbook.write(out);
        return out.toByteArray();
    }
}

package com.perftarget.progress;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

import com.perftarget.submission.Stage;
import com.perftarget.submission.SubmissionStatus;

/** A year's progress as people take it away: CSV (UTF-8 with BOM, so that Excel reads the Chinese) or .xlsx. */
public final class ProgressExport {

    private static final List<SubmissionStatus> STATUSES = List.of(SubmissionStatus.DRAFT,
            SubmissionStatus.IN_REVIEW, SubmissionStatus.RETURNED, SubmissionStatus.APPROVED);
    private static final List<Stage> STAGES = List.of(Stage.FILL_TARGETS, Stage.VALIDATE_TARGETS,
            Stage.UNIT_FINANCE_REVIEW, Stage.BUREAU_REVIEW);

    private ProgressExport() {
    }

    public static byte[] csv(List<UnitProgress> progress) {
        StringWriter out = new StringWriter();
        out.write('\uFEFF');
        try (CSVPrinter printer = new CSVPrinter(out, CSVFormat.DEFAULT)) {
            printer.printRecord(header());
            for (UnitProgress unit : progress) {
                printer.printRecord(row(unit));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString().getBytes(StandardCharsets.UTF_8);
    }

    public static byte[] xlsx(List<UnitProgress> progress) {
        try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet sheet = workbook.createSheet("进度");
            write(sheet.createRow(0), header());
            for (int r = 0; r < progress.size(); r++) {
                write(sheet.createRow(r + 1), row(progress.get(r)));
            }
            sheet.createFreezePane(2, 1);
            workbook.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static List<Object> header() {
        List<Object> header = new ArrayList<>(List.of("单位编码", "单位名称", "项目数", "已撤回"));
        STATUSES.forEach(status -> header.add(status.label()));
        STAGES.forEach(stage -> header.add("在" + stage.label()));
        header.add("本年度金额合计（万元）");
        header.add("与预算数核对");
        header.addAll(List.of("报送截止日", "逾期", "交叉校验", "批复日期", "公开日期"));
        return header;
    }

    private static List<Object> row(UnitProgress unit) {
        List<Object> row = new ArrayList<>(List.of(unit.unitCode(), unit.unitName(), unit.projects(),
                unit.withdrawn()));
        STATUSES.forEach(status -> row.add(unit.byStatus().getOrDefault(status.name(), 0L)));
        STAGES.forEach(stage -> row.add(unit.byStage().getOrDefault(stage.code(), 0L)));
        row.add(unit.yearAmount());
        row.add(unit.crossCheck().label());
        UnitProgress.RoundStanding round = unit.round();
        row.add(round == null ? "" : round.deadline().toString());
        row.add(round == null ? "" : round.overdue() ? "是" : "否");
        row.add(round == null || round.crossCheck() == null ? "" : round.crossCheck());
        row.add(round == null || round.approvedOn() == null ? "" : round.approvedOn().toString());
        row.add(round == null || round.publishedOn() == null ? "" : round.publishedOn().toString());
        return row;
    }

    private static void write(Row row, List<Object> values) {
        for (int c = 0; c < values.size(); c++) {
            Cell cell = row.createCell(c);
            Object value = values.get(c);
            if (value instanceof Number number) {
                cell.setCellValue(number.doubleValue());
            } else {
                cell.setCellValue(String.valueOf(value));
            }
        }
    }
}

package com.perftarget.workbook;

import java.io.ByteArrayInputStream;
import java.io.File;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.springframework.util.unit.DataSize;

import com.perftarget.seed.SeedTable;
import com.perftarget.submission.FundKind;
import com.perftarget.support.SeedTables;
import com.perftarget.table.TableDraftChecker;
import com.perftarget.table.TargetTable;

/**
 * JMH benchmark (not a test) of Excel in and out and of the 预算公开 document, each beside its baseline in the same
 * run: exporting one seed table (14 indicator rows) against POI writing the same cells bare (no styles, merges or
 * print setup); importing that sheet (guards, layout reader, input check) against POI merely opening it and reading
 * every cell; a unit-year workbook of 1,000 projects; the disclosure of the seed's 16 tables as PDF and as Word.
 * Run (see the README): {@code ./mvnw -q test-compile exec:exec -Dexec.classpathScope=test -Dexec.executable=java
 * -Dexec.args="-cp %classpath org.openjdk.jmh.Main WorkbookBenchmark"}
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class WorkbookBenchmark {

    private static final String UNIT = "济源市公安局交通管理支队";
    private final List<SeedTable> seed = SeedTables.parse();
    private final TargetTable table = seed.get(1).table();
    private final byte[] exported = exportOneTable();
    private final WorkbookReader reader =
            new WorkbookReader(new WorkbookProperties(DataSize.ofMegabytes(10), 2000, 1100));
    private final TableDraftChecker checker = new TableDraftChecker();
    private final List<Disclosure.Project> thousandProjects = thousandProjects();
    private final Disclosure disclosure = new Disclosure("020008", UNIT, 2021, seed.stream()
            .map(s -> new Disclosure.Project(s.position(), FundKind.SPECIAL, s.table())).toList());
    private final File font = new CjkFont("").find().orElse(null);

    @Benchmark
    public byte[] baselineBareCellsOfOneTable() throws IOException {
        try (XSSFWorkbook workbook = new XSSFWorkbook()) {
            Sheet sheet = workbook.createSheet("表");
            int r = 0;
            for (var field : com.perftarget.table.TableField.values()) {
                Row row = sheet.createRow(r++);
                row.createCell(0).setCellValue(field.label());
                row.createCell(1).setCellValue(String.valueOf(field.textOf(table)));
            }
            for (var indicator : table.indicators()) {
                Row row = sheet.createRow(r++);
                row.createCell(0).setCellValue(indicator.level1());
                row.createCell(1).setCellValue(indicator.level2());
                row.createCell(2).setCellValue(indicator.name());
                row.createCell(3).setCellValue(indicator.target());
            }
            return WorkbookService.bytes(workbook);
        }
    }

    @Benchmark
    public byte[] exportOneTable() {
        try (XSSFWorkbook workbook = new XSSFWorkbook()) {
            new TableSheet(new TableSheet.Styles(workbook)).write(workbook.createSheet("表"), table, UNIT);
            return WorkbookService.bytes(workbook);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    @Benchmark
    public int baselineOpenAndReadEveryCell() throws IOException {
        int cells = 0;
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(exported))) {
            for (Row row : workbook.getSheetAt(0)) {
                for (Cell cell : row) {
                    cells += cell.toString().length();
                }
            }
        }
        return cells;
    }

    @Benchmark
    public TargetTable importOneSheet() {
        return checker.check(reader.read(exported).tables().get(0).draft(), "020008");
    }

    @Benchmark
    @BenchmarkMode(Mode.SingleShotTime)
    @Warmup(iterations = 1)
    @Measurement(iterations = 3)
    public byte[] unitYearWorkbookOfAThousandProjects() {
        return WorkbookService.unitYearWorkbook(UNIT, thousandProjects, null);
    }

    @Benchmark
    @BenchmarkMode(Mode.SingleShotTime)
    @Warmup(iterations = 2)
    @Measurement(iterations = 5)
    public byte[] disclosurePdfOfTheSeedsSixteenTables() {
        if (font == null) {
            throw new IllegalStateException("no CJK TrueType font to embed (install fonts-wqy-zenhei)");
        }
        return DisclosureDocuments.pdf(disclosure, font);
    }

    @Benchmark
    @BenchmarkMode(Mode.SingleShotTime)
    @Warmup(iterations = 2)
    @Measurement(iterations = 5)
    public byte[] disclosureWordOfTheSeedsSixteenTables() {
        return DisclosureDocuments.docx(disclosure);
    }

    private List<Disclosure.Project> thousandProjects() {
        List<Disclosure.Project> projects = new ArrayList<>();
        for (int i = 0; i < 1000; i++) {
            SeedTable source = seed.get(i % seed.size());
            projects.add(new Disclosure.Project(i + 1, FundKind.SPECIAL, source.table()));
        }
        return projects;
    }
}

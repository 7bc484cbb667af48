package com.perftarget.workbook;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.apache.poi.poifs.filesystem.FileMagic;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import com.perftarget.onboarding.OnboardingService;
import com.perftarget.onboarding.Registered;
import com.perftarget.onboarding.UnitRegistration;
import com.perftarget.shared.FieldError;
import com.perftarget.shared.InvalidInputException;
import com.perftarget.unit.UnitPerson;

/**
 * The bureau's list of units and their people, one row per person, as CSV (UTF-8, or GB18030 as Excel saves it on a
 * Chinese Windows) or as an .xlsx (its first sheet): columns 单位编码, 单位名称, 主管部门编码, 规则集, 登录名, 姓名, 角色
 * (项目负责人/单位财务 or LEADER/FINANCE), 电话, 初始密码 — in any order, the Chinese or the JSON names. Every unit is
 * registered as {@code POST /api/units} would; a bad row is named by row and column and nothing is saved.
 * Importing the same file again changes nothing.
 */
@Service
public class PeopleListImportService {

    /** A column: its JSON name and the Chinese header people write. */
    private enum Column {
        CODE("code", "单位编码", true), NAME("name", "单位名称", true), PARENT_CODE("parentCode", "主管部门编码", false),
        PROFILE("profile", "规则集", false), LOGIN("login", "登录名", true), PERSON("personName", "姓名", true),
        ROLE("role", "角色", true), PHONE("phone", "电话", false), PASSWORD("password", "初始密码", false);

        final String key;
        final String label;
        final boolean required;

        Column(String key, String label, boolean required) {
            this.key = key;
            this.label = label;
            this.required = required;
        }
    }

    /** What the import did: each unit as registered, in the order of the file. */
    public record Imported(int units, int people, List<Registered> registered) {
    }

    private static final int MAX_ROWS = 20_000;

    private final WorkbookReader workbooks;
    private final OnboardingService onboarding;

    public PeopleListImportService(WorkbookProperties limits, OnboardingService onboarding) {
        this.workbooks = new WorkbookReader(limits);
        this.onboarding = onboarding;
    }

    @Transactional
    public Imported importList(byte[] file) {
        List<List<String>> rows = rows(file);
        if (rows.isEmpty()) {
            throw refused("file", "文件中没有内容");
        }
        if (rows.size() > MAX_ROWS + 1) {
            throw refused("file", "文件超过 " + MAX_ROWS + " 行");
        }
        Map<Column, Integer> columns = header(rows.get(0));
        Map<String, UnitRows> units = new LinkedHashMap<>();
        List<FieldError> errors = new ArrayList<>();
        for (int r = 1; r < rows.size(); r++) {
            List<String> row = rows.get(r);
            if (row.stream().allMatch(String::isBlank)) {
                continue;
            }
            String code = value(row, columns, Column.CODE);
            UnitRows unit = units.computeIfAbsent(code == null ? "" : code, c -> new UnitRows(row, columns));
            unit.add(r + 1, row, columns, errors);
        }
        for (UnitRows unit : units.values()) {
            for (FieldError error : onboarding.check(unit.registration())) {
                errors.add(unit.locate(error));
            }
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        List<Registered> registered = units.values().stream().map(u -> onboarding.register(u.registration())).toList();
        return new Imported(registered.size(), registered.stream().mapToInt(u -> u.people().size()).sum(), registered);
    }

    /** One unit's rows: its fields (from its first row), its people, and where each person's row is in the file. */
    private static final class UnitRows {
        private final String[] unit;
        private final List<UnitRegistration.Person> people = new ArrayList<>();
        private final List<Integer> personRows = new ArrayList<>();

        UnitRows(List<String> first, Map<Column, Integer> columns) {
            this.unit = new String[] {value(first, columns, Column.CODE), value(first, columns, Column.NAME),
                    value(first, columns, Column.PARENT_CODE), value(first, columns, Column.PROFILE)};
        }

        void add(int rowNo, List<String> row, Map<Column, Integer> columns, List<FieldError> errors) {
            List<Column> unitColumns = List.of(Column.CODE, Column.NAME, Column.PARENT_CODE, Column.PROFILE);
            for (int i = 1; i < unitColumns.size(); i++) {
                String value = value(row, columns, unitColumns.get(i));
                if (!personRows.isEmpty() && !Objects.equals(value, unit[i])) {
                    errors.add(at(rowNo, unitColumns.get(i), "与第 " + personRows.get(0) + " 行同一单位的"
                            + unitColumns.get(i).label + "「" + (unit[i] == null ? "" : unit[i]) + "」不一致"));
                }
            }
            personRows.add(rowNo);
            people.add(new UnitRegistration.Person(value(row, columns, Column.LOGIN),
                    value(row, columns, Column.PERSON), role(value(row, columns, Column.ROLE)),
                    value(row, columns, Column.PHONE), value(row, columns, Column.PASSWORD)));
        }

        UnitRegistration registration() {
            return new UnitRegistration(unit[0], unit[1], unit[2], unit[3], people);
        }

        /** A registration's error ({@code people[2].role}, {@code profile}) at its row and column in the file. */
        FieldError locate(FieldError error) {
            String field = error.field();
            if (field.startsWith("people[")) {
                int person = Integer.parseInt(field.substring(7, field.indexOf(']')));
                String key = field.substring(field.indexOf('.') + 1);
                return at(personRows.get(person), key.equals("name") ? Column.PERSON : columnOf(key),
                        error.message());
            }
            return at(personRows.get(0), columnOf(field), error.message());
        }
    }

    private static Column columnOf(String key) {
        for (Column column : Column.values()) {
            if (column.key.equals(key)) {
                return column;
            }
        }
        return Column.CODE;
    }

    /** 项目负责人 / 单位财务 as the roles' names; anything else as written, for the check to name. */
    private static String role(String value) {
        for (UnitPerson.Role role : UnitPerson.Role.values()) {
            if (role.label().equals(value)) {
                return role.name();
            }
        }
        return value;
    }

    private static FieldError at(int rowNo, Column column, String message) {
        return new FieldError("rows[" + rowNo + "]." + column.key, "第 " + rowNo + " 行「" + column.label + "」：" + message);
    }

    private static Map<Column, Integer> header(List<String> row) {
        Map<Column, Integer> columns = new LinkedHashMap<>();
        for (int c = 0; c < row.size(); c++) {
            String label = row.get(c).strip();
            for (Column column : Column.values()) {
                if (column.label.equals(label) || column.key.equalsIgnoreCase(label)) {
                    columns.putIfAbsent(column, c);
                }
            }
        }
        List<FieldError> missing = new ArrayList<>();
        for (Column column : Column.values()) {
            if (column.required && !columns.containsKey(column)) {
                missing.add(new FieldError("header", "第 1 行缺少列「" + column.label + "」"));
            }
        }
        if (!missing.isEmpty()) {
            throw new InvalidInputException(missing);
        }
        return columns;
    }

    private static String value(List<String> row, Map<Column, Integer> columns, Column column) {
        Integer c = columns.get(column);
        if (c == null || c >= row.size()) {
            return null;
        }
        String value = row.get(c).strip();
        return value.isEmpty() ? null : value;
    }

    private List<List<String>> rows(byte[] file) {
        if (file != null && file.length > 0 && isWorkbook(file)) {
            WorkbookReader.Contents contents = workbooks.read(file);
            return contents.otherSheets().isEmpty() ? List.of() : contents.otherSheets().get(0).rows();
        }
        String text = decode(file == null ? new byte[0] : file);
        List<List<String>> rows = new ArrayList<>();
        try {
            for (CSVRecord record : CSVFormat.DEFAULT.parse(new StringReader(text))) {
                rows.add(record.toList());
                if (rows.size() > MAX_ROWS + 1) {
                    break;
                }
            }
        } catch (IOException | UncheckedIOException | IllegalStateException e) {
            throw refused("file", "文件既不是 Excel 工作簿（.xlsx），也不是可以读取的 CSV：" + e.getMessage());
        }
        return rows;
    }

    private static boolean isWorkbook(byte[] file) {
        try (var in = FileMagic.prepareToCheckMagic(new ByteArrayInputStream(file))) {
            FileMagic magic = FileMagic.valueOf(in);
            return magic == FileMagic.OOXML || magic == FileMagic.OLE2;
        } catch (IOException e) {
            return false;
        }
    }

    /** UTF-8 (a BOM dropped) where the bytes are UTF-8, else GB18030 — what Excel writes for CSV in Chinese. */
    private static String decode(byte[] bytes) {
        try {
            String text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes)).toString();
            return text.startsWith("\uFEFF") ? text.substring(1) : text;
        } catch (CharacterCodingException notUtf8) {
            return new String(bytes, Charset.forName("GB18030"));
        }
    }

    private static InvalidInputException refused(String field, String message) {
        return new InvalidInputException(List.of(new FieldError(field, message)));
    }
}
